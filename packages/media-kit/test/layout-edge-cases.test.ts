// The edges of the text layout (layout.ts) that layout.test.ts does not reach: a line exactly
// at the width limit, a stack exactly as tall as its space, a too-wide word after other words,
// how a missing character is named, and where the top stack sits.
import { describe, expect, it } from 'vitest';
import { fontFamily } from '../src/font.ts';
import {
  assertGlyphs,
  layoutColumn,
  wrap,
  type BlockSpec,
  type ColumnSpec,
} from '../src/layout.ts';
import { block, errorOf, where, widthOf } from './layout-blocks.ts';

/** A box width whose 98 % is exactly `lineWidth`: a line that wide is right at the limit. */
function boxAtLimit(lineWidth: number): number {
  const box = lineWidth / 0.98;
  // Division and multiplication round; the boundary case only means something if it is exact.
  expect(box * 0.98).toBe(lineWidth);
  return box;
}

describe('wrap at its limits', () => {
  it('keeps a line exactly as wide as 98 % of the box on one line', () => {
    const text = 'Vatten från Bolmen';
    expect(wrap(block(text), 30, boxAtLimit(widthOf(text)), where)).toEqual([text]);
    // A single word exactly at the limit fits too, instead of being named as too wide.
    expect(wrap(block('Bolmen'), 30, boxAtLimit(widthOf('Bolmen')), where)).toEqual(['Bolmen']);
  });

  it('names a word wider than the box even when other words come before it', () => {
    const word = 'Forskningsstationen';
    const error = errorOf(() => wrap(block(`Om ${word}`), 30, widthOf(word) / 2, where));
    expect(error.message).toContain(`the word "${word}" is ${Math.round(widthOf(word))} wide`);
  });
});

describe('assertGlyphs', () => {
  it('names every missing character with its code point in upper-case hex, at least 4 digits', () => {
    const error = errorOf(() => {
      assertGlyphs(block('Ω och ☃ och 😀'), where);
    });
    expect(error.message).toBe(
      `test.png: field "body" (format "square"): the font ${fontFamily} has no glyph for "Ω" (U+03A9), "☃" (U+2603), "😀" (U+1F600)`,
    );
    // The template studio tells the reader which characters to replace from these two.
    expect(error.kind).toBe('glyph');
    expect(error.detail).toEqual(['Ω', '☃', '😀']);
  });
});

describe('layoutColumn at its limits', () => {
  const box = { x: 40, y: 100, width: 800, height: 600 };
  const credit = block('Text: Ljungby kommun', { field: 'credit', size: 16, lineHeight: 1.5 });
  const column = (extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
    box,
    top: [
      block('Fokusområde', { field: 'eyebrow', size: 20, lineHeight: 1.25 }),
      block('Vatten från Bolmen', { field: 'headline', size: 60, lineHeight: 1.15, gap: 16 }),
    ],
    bottom: [{ ...credit, gap: 24 }],
    ...extra,
  });

  it('checks the glyphs of the bottom blocks too, before any layout', () => {
    const error = errorOf(() =>
      layoutColumn(column({ bottom: [{ ...credit, text: 'Ω' }] }), where),
    );
    expect(error).toMatchObject({ kind: 'glyph', field: 'credit', detail: ['Ω'] });
  });

  // Sizes whose heights are exact in binary: one 40 px line at 1.25 is 50, the credit 16 × 1.5 = 24.
  const exact = (height: number, minSize?: number): ColumnSpec => ({
    box: { ...box, height },
    top: [block('Vatten', { field: 'headline', size: 40, lineHeight: 1.25, minSize })],
    bottom: [{ ...credit, gap: 16 }],
  });

  it('fits a stack exactly as tall as the space above the bottom stack and its gap', () => {
    const fullHeight = 50 + 16 + 24;
    expect(layoutColumn(exact(fullHeight, 20), where)[0]?.size).toBe(40);
    expect(layoutColumn(exact(fullHeight), where)[0]?.y).toBe(100);
    // Half a pixel less, and the key message shrinks, or the build stops if nothing may.
    expect(layoutColumn(exact(fullHeight - 0.5, 20), where)[0]?.size).toBe(38);
    expect(errorOf(() => layoutColumn(exact(fullHeight - 0.5), where)).kind).toBe('fit');
  });

  it('names the last of three top blocks when nothing may shrink', () => {
    const top = [
      ...column().top,
      block('Sjön är stor.', { field: 'body', size: 30, lineHeight: 1.4, gap: 16 }),
    ];
    const error = errorOf(() => layoutColumn(column({ box: { ...box, height: 90 }, top }), where));
    expect(error).toMatchObject({ kind: 'fit', field: 'body' });
  });

  it('stops with a fit error, not a crash, when a bottom stack alone overflows its box', () => {
    const error = errorOf(() =>
      layoutColumn(column({ box: { ...box, height: 10 }, top: [] }), where),
    );
    // No top block to name: the error falls back to the general field "text".
    expect(error).toMatchObject({ kind: 'fit', field: 'text' });
  });

  it('keeps the corner’s gap above a logo that stands alone, and the credit’s gap beside one', () => {
    // A 40 px line at 1.25 is 50 high; the corner 70 high with a 20 gap: 140 in all.
    const corner = { width: 300, height: 70, gap: 20 };
    const alone = (height: number): ColumnSpec => ({ ...exact(height), bottom: [], corner });
    expect(layoutColumn(alone(140), where)[0]?.y).toBe(100);
    expect(errorOf(() => layoutColumn(alone(139.5), where)).kind).toBe('fit');
    // With a credit beside the logo, the space above the corner is the credit's gap (16).
    const beside = { ...exact(136), corner };
    expect(layoutColumn(beside, where).find((b) => b.field === 'headline')?.y).toBe(100);
    expect(
      errorOf(() => layoutColumn({ ...beside, box: { ...box, height: 135.5 } }, where)).kind,
    ).toBe('fit');
  });

  it('ignores the gap of the first top block: the stack starts at the box’s top', () => {
    const [eyebrow, headline] = column().top;
    const top = [{ ...eyebrow, gap: 50 } as BlockSpec, headline as BlockSpec];
    const placed = layoutColumn(column({ top }), where);
    expect(placed[0]?.y).toBe(100);
    expect(placed[1]?.y).toBe(100 + 20 * 1.25 + 16);
  });

  it('puts the top stack right above the bottom stack’s gap when aligned to the bottom', () => {
    const placed = layoutColumn(column({ align: 'bottom' }), where);
    const headline = placed.find((b) => b.field === 'headline');
    const stackEnd = (headline?.y ?? 0) + (headline?.height ?? 0);
    expect(stackEnd).toBeCloseTo(100 + 600 - 24 - 24, 9);
    // The eyebrow sits its own height and the headline's gap above the headline.
    expect(placed[0]?.y).toBeCloseTo((headline?.y ?? 0) - 16 - 20 * 1.25, 9);
    // The bottom stack stays on the box's bottom edge.
    expect(placed.find((b) => b.field === 'credit')?.y).toBe(100 + 600 - 24);
  });
});
