// The one typeface of the media kit: Atkinson Hyperlegible Next (SIL OFL 1.1) with plain zeros,
// as .woff. The same bytes are measured here, drawn as outlines into the images (glyph-paths.ts)
// and embedded in the PDFs, so the measured lines are the drawn lines. fontkit is plain
// JavaScript: this runs in Node (the build reads the files from dist/fonts/) and in the browser
// (the template studio fetches them and hands them over with `useFonts`).
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

const bytes = new Map<FontWeight, Uint8Array>();
const fonts = new Map<FontWeight, Font>();

// Advances in em by weight and text: line breaking asks for the same words and lines again at
// every size it tries, and the template studio again at every keystroke.
const advances = new Map<string, number>();

/**
 * Hands the font files over (the browser has no file system): `.woff`, `.ttf` or `.otf` bytes
 * of Atkinson Hyperlegible Next by weight. Node reads them itself.
 */
export function useFonts(files: Record<FontWeight, Uint8Array>): void {
  for (const weight of fontWeights) {
    bytes.set(weight, files[weight]);
    fonts.delete(weight);
    advances.clear();
  }
}

/** The raw font bytes of one weight (for pdf-lib). */
export function fontBytes(weight: FontWeight): Uint8Array {
  let data = bytes.get(weight);
  if (!data) {
    data = readFont(weight);
    bytes.set(weight, data);
  }
  return data;
}

/** The parsed font of one weight. */
export function fontOf(weight: FontWeight): Font {
  let f = fonts.get(weight);
  if (!f) {
    // fontkit's types ask for a Node Buffer; its parser reads any Uint8Array.
    f = create(fontBytes(weight) as Buffer) as Font;
    fonts.set(weight, f);
  }
  return f;
}

/** Advance width of a single-line text in px (or pt) at a font size, kerning included. */
export function textWidth(text: string, size: number, weight: FontWeight): number {
  const key = `${weight}${text}`;
  let em = advances.get(key);
  if (em === undefined) {
    const f = fontOf(weight);
    em = f.layout(text).advanceWidth / f.unitsPerEm;
    if (advances.size > 20_000) advances.clear();
    advances.set(key, em);
  }
  return em * size;
}

/** The characters of a text that the embedded font has no glyph for (would show as boxes). */
export function missingGlyphs(text: string, weight: FontWeight): string[] {
  const f = fontOf(weight);
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
  const f = fontOf(weight);
  const ascent = (f.ascent / f.unitsPerEm) * size;
  const descent = (-f.descent / f.unitsPerEm) * size;
  return (size * lineHeight - (ascent + descent)) / 2 + ascent;
}
