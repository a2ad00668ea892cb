// The font files inlined at build (esbuild's binary loader): see font-data.ts.
import bold from '../dist/fonts/atkinson-hyperlegible-next-plain-zero-700.woff';
import regular from '../dist/fonts/atkinson-hyperlegible-next-plain-zero-400.woff';

export function readFont(weight: 400 | 700): Uint8Array {
  return weight === 700 ? bold : regular;
}
