// The font files: Atkinson Hyperlegible Next with plain zeros, which the build derives from
// @fontsource into dist/fonts/ (scripts/fonts.ts) before anything else. This is what the build
// scripts and tests read; the published Node bundle swaps in font-data.inline.ts (see
// tsup.config.ts), which carries the same bytes inlined, so that bundlers (Next.js, Vite) never
// have to find a .woff file at run time, and the browser bundle font-data.browser.ts, where the
// page fetches the same files and hands them over (`useFonts`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fontsDir = join(import.meta.dirname, '..', 'dist', 'fonts');

/** The file of one weight in dist/fonts/, and in the package as `@ljungby/media-kit/fonts/…`. */
export const fontFileName = (weight: 400 | 700) =>
  `atkinson-hyperlegible-next-plain-zero-${weight}.woff`;

export function readFont(weight: 400 | 700): Buffer {
  const path = join(fontsDir, fontFileName(weight));
  if (!existsSync(path))
    throw new Error(`${path} is missing: run "npm run build" in packages/media-kit to derive it`);
  return readFileSync(path);
}
