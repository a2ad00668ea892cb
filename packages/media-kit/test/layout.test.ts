// The text layout in plain Node, measured with the font's own metrics: lines that fit their
// box, blocks stacked with their gaps, the key message shrinking only as far as it may, and a
// text that cannot fit named with its file, field and format.
import { describe, expect, it } from 'vitest';
import { assertGlyphs, layoutColumn, wrap, type ColumnSpec } from '../src/layout.ts';
import { block, errorOf, where, widthOf } from './layout-blocks.ts';

/** The problem a MediaKitError carries. */
const problem = (run: () => unknown) => errorOf(run).message;

describe('wrap', () => {
  const text = 'Vatten från Bolmen når ända till Skåne genom en lång tunnel';

  it('keeps a text that fits on one line, using at most 98 % of the box', () => {
    const needed = widthOf(text) / 0.98;
    expect(wrap(block(text), 30, needed + 1, where)).toEqual([text]);
    expect(wrap(block(text), 30, needed - 1, where)).toHaveLength(2);
  });

  it('breaks between words, each line as full as it can be and within the box', () => {
    const width = widthOf(text) / 2;
    const lines = wrap(block(text), 30, width, where);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    lines.forEach((line, i) => {
      expect(widthOf(line)).toBeLessThanOrEqual(width * 0.98);
      const nextWord = lines[i + 1]?.split(' ')[0];
      // The next line's first word would not have fitted on this one.
      if (nextWord) expect(widthOf(`${line} ${nextWord}`)).toBeGreaterThan(width * 0.98);
    });
  });

  it('measures at the size it is given', () => {
    const width = widthOf(text) / 0.98 + 1;
    expect(wrap(block(text), 30, width, where)).toHaveLength(1);
    expect(wrap(block(text), 60, width, where).length).toBeGreaterThan(1);
  });

  it('keeps each paragraph on lines of its own', () => {
    expect(wrap(block('Källa\nLjungby kommun'), 30, 2000, where)).toEqual([
      'Källa',
      'Ljungby kommun',
    ]);
  });

  it('breaks a link wider than the box after a slash, adding no space inside it', () => {
    const url = 'https://www.ljungby.se/sv/alla-nyheter/arkiverade/ny-samarbetsmetod-inleds/';
    const width = widthOf(url) / 2;
    const lines = wrap(block(`Läs mer: ${url}`), 30, width, where);
    // The link's first piece ("https:/") fits after "Läs mer:"; every later break is in the link.
    expect(lines.join('')).toBe(`Läs mer: ${url}`);
    lines.forEach((line, i) => {
      expect(widthOf(line)).toBeLessThanOrEqual(width * 0.98);
      const next = lines[i + 1];
      if (!next) return;
      expect(line.endsWith('/')).toBe(true);
      // The next line's first piece, up to its first slash, would not have fitted on this one.
      expect(widthOf(line + next.slice(0, next.indexOf('/') + 1))).toBeGreaterThan(width * 0.98);
    });
  });

  it('names a single word wider than the box, with its width and the box’s', () => {
    const word = 'Forskningsstationen';
    const width = widthOf(word) / 2;
    expect(problem(() => wrap(block(word, { field: 'headline' }), 30, width, where))).toBe(
      `test.png: field "headline" (format "square"): the word "${word}" is ${Math.round(widthOf(word))} wide at size 30; the box is ${Math.round(width)} wide`,
    );
  });
});

describe('assertGlyphs', () => {
  it('accepts Swedish letters and typographic quotes, and names a character the font lacks', () => {
    expect(() => {
      assertGlyphs(block('Åsa, Örjan och ”Älmhult” – 35 000 år'), where);
    }).not.toThrow();
    expect(
      problem(() => {
        assertGlyphs(block('Snö ☃'), where);
      }),
    ).toMatch(
      /^test\.png: field "body" \(format "square"\): the font .+ has no glyph for "☃" \(U\+2603\)$/u,
    );
  });
});

describe('layoutColumn', () => {
  const box = { x: 40, y: 100, width: 800, height: 600 };
  const column = (extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
    box,
    top: [
      block('Fokusområde', { field: 'eyebrow', size: 20, lineHeight: 1.25 }),
      block('Vatten från Bolmen når ända till Skåne', {
        field: 'headline',
        size: 60,
        lineHeight: 1.15,
        gap: 16,
      }),
    ],
    bottom: [
      block('Text: Ljungby kommun', { field: 'credit', size: 18, lineHeight: 1.3, gap: 24 }),
    ],
    ...extra,
  });
  const height = (lines: number, size: number, lineHeight: number) => lines * size * lineHeight;

  it('stacks the top blocks from the box’s top, each after its gap, in the box’s width', () => {
    const [eyebrow, headline, credit] = layoutColumn(column(), where);
    expect(eyebrow).toMatchObject({ field: 'eyebrow', x: 40, y: 100, width: 800, size: 20 });
    expect(eyebrow?.height).toBe(height(1, 20, 1.25));
    expect(headline?.y).toBe(100 + height(1, 20, 1.25) + 16);
    expect(headline?.height).toBe(height(headline?.lines.length ?? 0, 60, 1.15));
    expect(credit).toMatchObject({
      field: 'credit',
      color: 'text',
      lines: ['Text: Ljungby kommun'],
    });
  });

  it('puts the bottom blocks at the box’s bottom edge, the first gap ignored', () => {
    const bottom = [
      block('Källa: Ljungby kommun', { field: 'source', size: 18, lineHeight: 1.3, gap: 99 }),
      block('Text: Ljungby kommun', { field: 'credit', size: 18, lineHeight: 1.3, gap: 10 }),
    ];
    const placed = layoutColumn(column({ bottom }), where);
    const source = placed.find((b) => b.field === 'source');
    const credit = placed.find((b) => b.field === 'credit');
    const line = height(1, 18, 1.3);
    expect(credit?.y).toBe(100 + 600 - line);
    expect(source?.y).toBe(100 + 600 - 2 * line - 10);
  });

  it('centres the top stack in the space above the bottom stack when asked', () => {
    const top = layoutColumn(column(), where);
    const centred = layoutColumn(column({ align: 'center' }), where);
    const stack = (top[1]?.y ?? 0) + (top[1]?.height ?? 0) - 100;
    const available = 600 - height(1, 18, 1.3) - 24;
    expect(centred[0]?.y).toBe(100 + (available - stack) / 2);
    expect(centred[2]?.y).toBe(top[2]?.y);
  });

  it('shrinks the key message in steps of 5 % until it fits, and no further', () => {
    const long =
      'Vatten från Bolmen når ända till Skåne och ger dricksvatten åt en miljon människor varje dag';
    const shrinking = column({
      box: { ...box, height: 330 },
      top: [block(long, { field: 'headline', size: 80, minSize: 40, lineHeight: 1.15 })],
    });
    const [headline] = layoutColumn(shrinking, where);
    const sizes = [80];
    while ((sizes.at(-1) ?? 0) > (headline?.size ?? 0))
      sizes.push(Math.max(40, Math.floor((sizes.at(-1) ?? 0) * 0.95)));
    expect(sizes.at(-1)).toBe(headline?.size);
    expect(headline?.size).toBeLessThan(80);
    expect(headline?.size).toBeGreaterThanOrEqual(40);
    // One step larger would not have fitted.
    const larger = sizes.at(-2) ?? 80;
    const lines = wrap(block(long), larger, 800, where).length;
    expect(height(lines, larger, 1.15)).toBeGreaterThan(330 - height(1, 18, 1.3) - 24);
    // A text that fits keeps its size.
    expect(layoutColumn(column(), where)[1]?.size).toBe(60);
  });

  it('names the key message when even its smallest size does not fit', () => {
    const tiny = column({
      box: { ...box, height: 120 },
      top: [
        block('Vatten från Bolmen når ända till Skåne', {
          field: 'headline',
          size: 80,
          minSize: 60,
        }),
      ],
    });
    expect(problem(() => layoutColumn(tiny, where))).toMatch(
      /^test\.png: field "headline" \(format "square"\): the text does not fit: it needs \d+ in height at the smallest size 60, the box has 72 \(headline: \d+ lines\)$/u,
    );
  });

  it('names the last block when nothing may shrink', () => {
    const tiny = column({ box: { ...box, height: 90 } });
    expect(problem(() => layoutColumn(tiny, where))).toMatch(
      /^test\.png: field "headline" \(format "square"\): the text does not fit: it needs \d+ in height, the box has 42 \(eyebrow: 1 lines, headline: \d+ lines\)$/u,
    );
  });
});
