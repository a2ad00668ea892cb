// In the browser there is no file system: the page fetches the font files and hands them over
// with `useFonts` before the first layout (see font-data.ts).
import { MediaKitError } from './errors.ts';

export function readFont(weight: 400 | 700): Uint8Array {
  throw new MediaKitError(
    { file: 'fonts', field: `font ${weight}`, format: '*' },
    'the font files are not loaded; call useFonts({ 400, 700 }) with the .woff bytes first',
  );
}
