// QR codes for printed material: a phone's camera turns the code into the link beside it, so
// nobody has to type a 70-character address from a notice board. Encoded with uqr (no
// dependencies, runs in Node and the browser); drawn by each writer from one SVG path.
import { encode } from 'uqr';
import { MediaKitError } from './errors.ts';

/** The light margin a reader needs around the code, in modules (ISO/IEC 18004 asks for 4). */
export const qrQuietZone = 4;

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  /**
   * The dark modules as SVG path data in module units (one module = 1), from (0, 0) at the top
   * left: one rectangle per run of dark modules in a row.
   */
  path: string;
}

/**
 * Encodes a text (a link) as a QR code with error correction level M (15 % may be covered or
 * smudged, as on a printed sheet). Throws a MediaKitError naming `where` when the text is too
 * long for any QR code.
 *
 * @example qrCode('https://www.ljungby.se/').path // 'M0 0h7v1h-7z…'
 */
export function qrCode(
  text: string,
  where = { file: 'qr-code', format: '*', field: 'readMore.url' },
): QrCode {
  let modules: boolean[][];
  try {
    modules = encode(text, { ecc: 'M', border: 0 }).data;
  } catch (error) {
    throw new MediaKitError(
      where,
      `the link cannot be made into a QR code (${String(error)}); expected a shorter link`,
    );
  }
  const runs: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      runs.push(`M${x} ${y}h${end - x + 1}v1h${-(end - x + 1)}z`);
      x = end;
    }
  });
  return { size: modules.length, path: runs.join('') };
}
