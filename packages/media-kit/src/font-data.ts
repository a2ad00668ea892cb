// The font files, read from @fontsource on disk. This is what the build scripts and tests use;
// the published bundle swaps in font-data.inline.ts (see tsup.config.ts), which carries the same
// bytes inlined, so that bundlers (Next.js, Vite) never have to find a .woff file at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where the build derives the fonts with plain zeros (scripts/fonts.ts). */
export const fontsDir = join(import.meta.dirname, '..', 'dist', 'fonts');

/** The file of one weight in dist/fonts/, and in the package as `@ljungby/media-kit/fonts/…`. */
export const fontFileName = (weight: 400 | 700) =>
  `atkinson-hyperlegible-next-plain-zero-${weight}.woff`;

export function readFont(weight: 400 | 700): Buffer {
  return readFileSync(
    require.resolve(
      `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`,
    ),
  );
}
