// The one typeface of the media kit: Atkinson Hyperlegible Next (SIL OFL 1.1) with a plain
// zero, as .woff (satori cannot read .woff2; font-data.ts). The same bytes are measured here, drawn
// by satori into the images and embedded in the PDFs, so the measured lines are the drawn lines.
import { values } from '@ljungby/design-tokens';
import { create, type Font } from 'fontkit';
import { MediaKitError } from './errors.ts';
import { readFont } from './font-data.ts';

/** The kit's typeface: the first name of the design tokens' `font.family.brand`. */
export const fontFamily = 'Atkinson Hyperlegible Next';
// The tokens are the one home of the type decision; the files read here must be that face.
// (Read from the tokens' JS values, which the colours bundle already: the JSON file would add
// the same tokens again, about 1.5 kB gzip, to every user of the API.)
const brand = values.light.font.family.brand;
if (!brand.startsWith(`'${fontFamily}'`)) {
  throw new MediaKitError(
    { file: '@ljungby/design-tokens', field: 'font.family.brand', format: '*' },
    `it is "${brand}", but the media kit draws with ${fontFamily} (src/font-data.ts): change both together`,
  );
}
export type FontWeight = 400 | 700;
export const fontWeights: readonly FontWeight[] = [400, 700];

const bytes = new Map<FontWeight, Buffer>();
const fonts = new Map<FontWeight, Font>();

/** The raw .woff bytes of one weight (for satori and pdf-lib). */
export function fontBytes(weight: FontWeight): Buffer {
  let data = bytes.get(weight);
  if (!data) {
    data = readFont(weight);
    bytes.set(weight, data);
  }
  return data;
}

function font(weight: FontWeight): Font {
  let f = fonts.get(weight);
  if (!f) {
    f = create(fontBytes(weight)) as Font;
    fonts.set(weight, f);
  }
  return f;
}

/** Advance width of a single-line text in px (or pt) at a font size, kerning included. */
export function textWidth(text: string, size: number, weight: FontWeight): number {
  const f = font(weight);
  return (f.layout(text).advanceWidth / f.unitsPerEm) * size;
}

/** The characters of a text that the embedded font has no glyph for (would show as boxes). */
export function missingGlyphs(text: string, weight: FontWeight): string[] {
  const f = font(weight);
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/u.test(ch) && ch !== '\u00a0' && ch !== '\u202f') continue;
    const cp = ch.codePointAt(0) ?? 0;
    if (!f.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}

/**
 * How far below the top of a line box the baseline sits, as CSS and satori place it: the
 * line's extra height split above and below the font's ascent and descent (half-leading).
 */
export function baselineInLineBox(size: number, lineHeight: number, weight: FontWeight): number {
  const f = font(weight);
  const ascent = (f.ascent / f.unitsPerEm) * size;
  const descent = (-f.descent / f.unitsPerEm) * size;
  return (size * lineHeight - (ascent + descent)) / 2 + ascent;
}
