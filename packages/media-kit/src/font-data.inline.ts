// The font files inlined at build (esbuild's binary loader): see font-data.ts.
import bold from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff';
import regular from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff';

export function readFont(weight: 400 | 700): Uint8Array {
  return weight === 700 ? bold : regular;
}
