// The files scripts/assets.ts wrote before the build, with their sizes.
import downloads from '../generated/downloads.json';

export interface IllustrationFile {
  area: string;
  format: 'svg' | 'png';
  path: string;
  bytes: number;
  width: number;
  height: number;
}
export const illustrationFiles = downloads.illustrations as IllustrationFile[];
export const tokenFile = downloads.tokens;
