// Atkinson Hyperlegible Next draws every zero with a slash, and has no alternate to switch to:
// on posters and images "35 000" and "2035" read as "35 ØØØ" to someone who is not a
// programmer. This derives, from the npm font file, the same font with plain zeros: only the
// zero glyphs' outlines change (plain-counter.ts), and the names, so that no one mistakes it for
// the original (the SIL Open Font License 1.1 allows modified versions; this font declares no
// Reserved Font Name). Every other table and glyph is written back byte for byte, so widths,
// kerning and line breaks stay exactly as they were.
import { create, type Font } from 'fontkit';
import {
  boundsOf,
  contourCountOf,
  decodeSimpleGlyph,
  encodeSimpleGlyph,
  glyphsOf,
  writeGlyf,
} from './glyf.ts';
import { readNames, writeNames, type NameRecord } from './name-table.ts';
import { plainZero } from './plain-counter.ts';
import { readWoff, writeWoff } from './woff.ts';

const original = { name: 'Atkinson Hyperlegible Next', postscript: 'AtkinsonHyperlegibleNext' };
/** The derived face's family name: the original's, and what differs. */
export const plainZeroFamily = `${original.name} Plain Zero`;
const postscriptFamily = plainZeroFamily.replaceAll(' ', '');

/** The glyph ids of the zeros: the one for "0" in cmap, and the alternates named zero.*. */
export function zeroGlyphIds(font: Font): number[] {
  const ids = new Set([font.glyphForCodePoint(0x30).id]);
  for (let id = 0; id < font.numGlyphs; id++)
    if (font.getGlyph(id).name.startsWith('zero.')) ids.add(id);
  return [...ids];
}

/** The plain-zero face of a WOFF (TrueType flavour) file, as WOFF. */
export async function derivePlainZero(woff: Uint8Array): Promise<Uint8Array> {
  // fontkit's types ask for a Node Buffer; its parser reads any Uint8Array.
  const font = create(woff as Buffer) as Font;
  const source = readWoff(woff);
  const tables = new Map<string, Uint8Array>(
    [...source.tables].map(([tag, { data }]) => [tag, Uint8Array.from(data)]),
  );
  const table = (tag: string) => {
    const data = tables.get(tag);
    if (!data) throw new Error(`the font has no ${tag} table; expected TrueType outlines`);
    return { data, view: new DataView(data.buffer, data.byteOffset, data.byteLength) };
  };
  const head = table('head');
  const maxp = table('maxp');
  const longLoca = head.view.getInt16(50) === 1;
  const glyphs = glyphsOf(table('glyf').data, table('loca').data, longLoca);

  for (const id of zeroGlyphIds(font)) {
    const name = font.getGlyph(id).name;
    const bytes = glyphs[id] ?? new Uint8Array();
    // A composite zero (zero.tf is the zero, moved) is drawn from the glyph changed here.
    if (contourCountOf(bytes) < 0) continue;
    const slashed = decodeSimpleGlyph(bytes);
    const plain = plainZero(slashed, name);
    // The same box keeps the side bearings in hmtx and every measured line as they were.
    if (JSON.stringify(boundsOf(plain)) !== JSON.stringify(boundsOf(slashed)))
      throw new Error(
        `glyph "${name}": the plain zero's bounding box differs from the slashed one's`,
      );
    glyphs[id] = encodeSimpleGlyph(plain);
    // maxp's maxima must still hold for the new outline, and for zero.tf, which is made of it.
    const points = plain.flat().length;
    const [maxPoints, maxCompositePoints] = [6, 10];
    for (const field of [maxPoints, maxCompositePoints])
      if (points > maxp.view.getUint16(field)) maxp.view.setUint16(field, points);
  }
  const { glyf, loca } = writeGlyf(glyphs, longLoca);
  tables.set('glyf', glyf);
  tables.set('loca', loca);
  tables.set('name', writeNames(renamed(readNames(table('name').data))));
  return writeWoff(source, tables, source.tables);
}

/**
 * The names with the family renamed. Copyright (0) and licence (13, 14) stay as they are; no
 * description is added: the name says what differs, the README says who changed it and how,
 * and each added name costs bytes in the Node bundle, which inlines the fonts.
 */
function renamed(records: readonly NameRecord[]): NameRecord[] {
  // Family (1), unique id (3), full name (4), PostScript name (6), typographic family (16),
  // WWS family (21).
  const naming = new Set([1, 3, 4, 6, 16, 21]);
  return records.map((r) =>
    naming.has(r.nameID)
      ? {
          ...r,
          text: r.text
            .replace(original.postscript, postscriptFamily)
            .replace(original.name, plainZeroFamily),
        }
      : r,
  );
}
