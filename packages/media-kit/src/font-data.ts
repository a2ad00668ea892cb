// The font files, read from @fontsource on disk. This is what the build scripts and tests use;
// the published Node bundle swaps in font-data.inline.ts, which carries the same bytes inlined
// (so that bundlers such as Next.js's never have to find a .woff file at run time), and the
// browser bundle font-data.browser.ts, where the page hands the files over (`useFonts`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function readFont(weight: 400 | 700): Uint8Array {
  return readFileSync(
    require.resolve(
      `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`,
    ),
  );
}
