// The files scripts/assets.ts wrote before the build, with their sizes.
import type { Locale } from '@ljungby/focus-content';
import type { MaterialItem } from '../components/material/types';
import downloads from '../generated/downloads.json';
import { url } from './routes';

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
/** The kit's typeface's licence (SIL OFL 1.1), as a text file. */
export const fontLicenceFile = downloads.fontLicence;

/** One focus area's illustration as a card: its PNG and SVG, previewed by the SVG. */
export function illustrationItem(
  area: string,
  locale: Locale,
  title: string,
  alt: string,
): MaterialItem {
  const sv = locale === 'sv';
  const mine = illustrationFiles.filter((f) => f.area === area);
  const svgFile = mine.find((f) => f.format === 'svg');
  return {
    id: `illustration-${area}`,
    title,
    alt,
    preview: svgFile && { src: url(svgFile.path), width: svgFile.width, height: svgFile.height },
    files: mine.map((f) => ({
      label:
        f.format === 'png'
          ? sv
            ? 'PNG, för webben, sociala medier och Word'
            : 'PNG, for the web, social media and Word'
          : sv
            ? 'SVG, för tryck och formgivning'
            : 'SVG, for print and design',
      href: url(f.path),
      bytes: f.bytes,
      size: f.format === 'png' ? `${f.width} × ${f.height} ${sv ? 'pixlar' : 'pixels'}` : undefined,
    })),
  };
}
