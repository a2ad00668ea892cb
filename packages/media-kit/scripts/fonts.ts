// Writes the fonts the media kit draws with into dist/fonts/: Atkinson Hyperlegible Next from
// @fontsource, with plain zeros (plain-zero/derive.ts). The build runs this first: the Node
// bundle inlines these files, the template studio loads them, the images and posters use them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontFileName, fontsDir } from '../src/font-data.ts';
import { fontWeights } from '../src/font.ts';
import { derivePlainZero } from './plain-zero/derive.ts';

/** The original font file of one weight, from @fontsource. */
export const originalFontFile = (weight: number) =>
  fileURLToPath(
    import.meta.resolve(
      `@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff`,
    ),
  );

export async function writeFonts(outDir = fontsDir): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const weight of fontWeights) {
    const source = originalFontFile(weight);
    try {
      writeFileSync(
        join(outDir, fontFileName(weight)),
        await derivePlainZero(readFileSync(source)),
      );
    } catch (error) {
      // Names the file: an update of @fontsource may change the glyph this relies on.
      throw new Error(`${source}: ${(error as Error).message}`, { cause: error });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFonts();
  console.log(`media-kit: fonts with plain zeros in ${fontsDir}`);
}
