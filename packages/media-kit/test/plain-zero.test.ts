// The kit draws with Atkinson Hyperlegible Next with plain zeros, derived at build time from
// the @fontsource files (scripts/plain-zero/). Read with fontkit, a parser of its own, these
// tests hold that the derived zero has one counter and no slash, that nothing else in the font
// changed (so every measured line stays as it was), and that the images and posters use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { create, type Font } from 'fontkit';
import { decodePDFRawStream, PDFDocument, PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { derivePlainZero, plainZeroFamily, zeroGlyphIds } from '../scripts/plain-zero/derive.ts';
import { readWoff, type Woff } from '../scripts/plain-zero/woff.ts';
import { decodeSimpleGlyph, glyphsOf, type Contour } from '../scripts/plain-zero/glyf.ts';
import { plainZero } from '../scripts/plain-zero/plain-counter.ts';
import { originalFontFile } from '../scripts/fonts.ts';
import { fontFileName, fontsDir } from '../src/font-data.ts';
import { baselineInLineBox, fontWeights, type FontWeight } from '../src/font.ts';
import { drawImage } from '../src/draw-image.ts';
import { subjectOf } from '../src/subject.ts';
import { distDir } from './support.ts';
import {
  bitmapOf,
  countersIn,
  drawGlyph,
  slashMiddle,
  type Bitmap,
  type ToPixel,
} from './zero-shape.ts';

const originalBytes = (weight: FontWeight) => readFileSync(originalFontFile(weight));
const derivedBytes = (weight: FontWeight) => readFileSync(join(fontsDir, fontFileName(weight)));
const open = (bytes: Uint8Array) => create(bytes as Buffer) as Font;
const same = (a?: Uint8Array, b?: Uint8Array) =>
  a !== undefined && b !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
/** Each glyph's bytes in a font file. */
const glyphsIn = ({ tables }: Woff) => {
  const data = (tag: string) => tables.get(tag)?.data ?? new Uint8Array();
  return glyphsOf(data('glyf'), data('loca'), data('head')[51] === 1);
};
const outline = (font: Font, id: number) => JSON.stringify(font.getGlyph(id).path.commands);

/** What a reader sees of one zero: its counters, and how many points of the old slash are inked. */
function lookAt(
  bitmap: Bitmap,
  toPixel: ToPixel,
  slashed: Font,
  box: Parameters<typeof countersIn>[1],
) {
  const slash = slashMiddle(slashed.glyphForCodePoint(0x30));
  return {
    counters: countersIn(bitmap, box),
    slashInked: slash.filter((p) => {
      const { x, y } = toPixel(p);
      return bitmap.isInk(x, y);
    }).length,
  };
}

describe.each(fontWeights)('the plain-zero font, weight %i', (weight) => {
  const original = open(originalBytes(weight));
  const derived = open(derivedBytes(weight));
  const zeros = zeroGlyphIds(original);

  it('is what the build derives from the @fontsource file, not an edited copy', async () => {
    expect(same(await derivePlainZero(originalBytes(weight)), derivedBytes(weight))).toBe(true);
  });

  it('draws every zero with one counter and no slash (the original has two and a slash)', () => {
    expect(zeros.map((id) => original.getGlyph(id).name)).toEqual(['zero', 'zero.tf']);
    for (const id of zeros) {
      const before = drawGlyph(original.getGlyph(id), original.unitsPerEm, 200);
      const after = drawGlyph(derived.getGlyph(id), derived.unitsPerEm, 200);
      // The slash of the zero the original draws at this glyph (zero.tf is the zero, moved).
      const shift = original.getGlyph(id).bbox.minX - original.glyphForCodePoint(0x30).bbox.minX;
      const moved = (p: { x: number; y: number }) => ({ x: p.x + shift, y: p.y });
      expect(lookAt(before.bitmap, (p) => before.toPixel(moved(p)), original, before.box)).toEqual({
        counters: 2,
        slashInked: 7,
      });
      expect(lookAt(after.bitmap, (p) => after.toPixel(moved(p)), original, after.box)).toEqual({
        counters: 1,
        slashInked: 0,
      });
    }
  });

  it('keeps every other glyph and every width as it was, byte for byte', () => {
    const [a, b] = [originalBytes(weight), derivedBytes(weight)].map(readWoff) as [Woff, Woff];
    const [before, after] = [a, b].map(glyphsIn) as [Uint8Array[], Uint8Array[]];
    const changed = before.flatMap((g, id) => (same(g, after[id]) ? [] : [id]));
    // Only the zero itself: zero.tf is made of it (a composite glyph, unchanged).
    expect(changed).toEqual([original.glyphForCodePoint(0x30).id]);
    for (let id = 0; id < original.numGlyphs; id++) {
      const name = original.getGlyph(id).name;
      expect(derived.getGlyph(id).advanceWidth, name).toBe(original.getGlyph(id).advanceWidth);
      if (!zeros.includes(id)) expect(outline(derived, id), name).toBe(outline(original, id));
    }
    // Every other table as the original file stores it; head but for its checksum adjustment.
    expect([...b.tables.keys()]).toEqual([...a.tables.keys()]);
    for (const [tag, table] of a.tables) {
      if (['glyf', 'loca', 'name', 'head'].includes(tag)) continue;
      expect(same(b.tables.get(tag)?.stored, table.stored), tag).toBe(true);
    }
    const head = (w: Woff) => {
      const data = w.tables.get('head')?.data ?? new Uint8Array();
      return Uint8Array.from([...data.subarray(0, 8), ...data.subarray(12)]);
    };
    expect(same(head(b), head(a)), 'head').toBe(true);
    const line = 'Till visionen hör målet 35 000 invånare år 2035.';
    expect(derived.layout(line).advanceWidth).toBe(original.layout(line).advanceWidth);
  });

  it('says it is a modified version, under its own name, with the copyright and licence kept', () => {
    expect(derived.familyName).toBe(plainZeroFamily);
    expect(derived.postscriptName).toBe(
      original.postscriptName.replace(
        'AtkinsonHyperlegibleNext',
        'AtkinsonHyperlegibleNextPlainZero',
      ),
    );
    expect(derived.fullName).toBe(original.fullName.replace(original.familyName, plainZeroFamily));
    expect(derived.getName('uniqueSubfamily', 'en')).toMatch(
      /;AtkinsonHyperlegibleNextPlainZero-/u,
    );
    expect(derived.getName('copyright', 'en')).toBe(original.getName('copyright', 'en'));
    expect(derived.getName('licenseURL', 'en')).toBe(original.getName('licenseURL', 'en'));
  });
});

describe('the kit draws with the plain-zero font', () => {
  const slashedOf = (weight: FontWeight) => open(originalBytes(weight));

  it('in the posters: the embedded fonts are the plain-zero face, and their zero is plain', async () => {
    const pdf = await PDFDocument.load(
      readFileSync(join(distDir, 'files/vision/sv/ljungby-vision-sv-poster-a4.pdf')),
    );
    const embedded: { name: string; font: Font }[] = [];
    for (const [, object] of pdf.context.enumerateIndirectObjects()) {
      if (
        !(object instanceof PDFDict) ||
        object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')
      )
        continue;
      const file = pdf.context.lookup(object.get(PDFName.of('FontFile2')));
      if (!(file instanceof PDFRawStream)) continue;
      embedded.push({
        name: String(object.get(PDFName.of('FontName'))),
        font: open(decodePDFRawStream(file).decode()),
      });
    }
    // pdf-lib names each embedded font after its PostScript name, with a number of its own.
    expect(embedded.map((e) => e.name.replace(/-\d+$/u, '')).sort()).toEqual([
      '/AtkinsonHyperlegibleNextPlainZero-Bold',
      '/AtkinsonHyperlegibleNextPlainZero-Regular',
    ]);
    const outlines = embedded.flatMap(({ font }) =>
      Array.from({ length: font.numGlyphs }, (_, id) => outline(font, id)),
    );
    const zeroOf = (font: Font) => outline(font, font.glyphForCodePoint(0x30).id);
    // "35 000 invånare år 2035" is set in the regular weight.
    expect(outlines).toContain(zeroOf(open(derivedBytes(400))));
    for (const weight of fontWeights) expect(outlines).not.toContain(zeroOf(slashedOf(weight)));
  });

  it('in the Node bundle: dist/index.js inlines the two derived files, not the originals', () => {
    // esbuild's binary loader writes each file as a base64 string; a WOFF file starts "wOFF".
    const bundle = readFileSync(join(distDir, 'index.js'), 'utf8');
    const inlined = [...bundle.matchAll(/"(d09GRg[\w+/=]+)"/gu)].map(([, b64]) =>
      Buffer.from(b64 ?? '', 'base64'),
    );
    expect(inlined).toHaveLength(2);
    for (const weight of fontWeights)
      expect(
        inlined.some((bytes) => same(bytes, derivedBytes(weight))),
        `${weight}`,
      ).toBe(true);
  });

  it('in the share images: each zero of "35 000" and "2035" has one counter and no slash', () => {
    const zoom = 3;
    const image = drawImage(subjectOf('vision', 'sv'), 'portrait', 'light', 'vision/sv/portrait');
    const rendered = new Resvg(image.svg, {
      fitTo: { mode: 'zoom', value: zoom },
      font: { loadSystemFonts: false },
    }).render();
    const bitmap = bitmapOf(rendered.pixels, rendered.width, rendered.height);
    const looks: ReturnType<typeof lookAt>[] = [];
    for (const block of image.blocks)
      block.lines.forEach((line, i) => {
        if (!line.includes('2035')) return;
        const font = open(derivedBytes(block.weight));
        const scale = block.size / font.unitsPerEm;
        const baseline =
          block.y +
          i * block.size * block.lineHeight +
          baselineInLineBox(block.size, block.lineHeight, block.weight);
        const run = font.layout(line);
        let penX = 0;
        run.glyphs.forEach((glyph, k) => {
          if (line[k] === '0') {
            const toPixel: ToPixel = (p) => ({
              x: (block.x + (penX + p.x) * scale) * zoom,
              y: (baseline - p.y * scale) * zoom,
            });
            const [topLeft, bottomRight] = [
              toPixel({ x: glyph.bbox.minX, y: glyph.bbox.maxY }),
              toPixel({ x: glyph.bbox.maxX, y: glyph.bbox.minY }),
            ];
            const box = {
              left: Math.floor(topLeft.x) - 3,
              top: Math.floor(topLeft.y) - 3,
              right: Math.ceil(bottomRight.x) + 3,
              bottom: Math.ceil(bottomRight.y) + 3,
            };
            looks.push(lookAt(bitmap, toPixel, slashedOf(block.weight), box));
          }
          penX += run.positions[k]?.xAdvance ?? 0;
        });
      });
    // Four zeros: three in 35 000, one in 2035.
    expect(looks).toEqual(Array(4).fill({ counters: 1, slashInked: 0 }));
  });
});

describe('a zero the build cannot make plain', () => {
  it('stops the build, naming the glyph and what is wrong', () => {
    const glyphs = glyphsIn(readWoff(originalBytes(700)));
    const slashed = decodeSimpleGlyph(
      glyphs[open(originalBytes(700)).glyphForCodePoint(0x30).id] ?? new Uint8Array(),
    );
    // Already plain (an update of the font could bring one): nothing to derive.
    expect(() => plainZero(plainZero(slashed, 'zero'), 'zero')).toThrow(
      /^glyph "zero": it has 2 contours; expected the slashed zero's outer oval and a counter cut by the slash into two pieces$/u,
    );
    // A counter that is not symmetric cannot be completed with its own mirror image.
    const [outer, first, second] = slashed as [Contour, Contour, Contour];
    const moved = second.map((p) => ({ ...p, x: p.x + 4 }));
    expect(() => plainZero([outer, first, moved], 'zero')).toThrow(
      /^glyph "zero": its counter is not symmetric about x = 332/u,
    );
  });
});
