// What each file says, in plain Node: the alt and post texts built from what is drawn, the
// kit's own labels, and where each part of an image goes. (subject.test.ts: what it is about.)
import { focusAreaIds, locales } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { spaceRem } from '../src/colors.ts';
import {
  formatLayouts,
  imageFormatIds,
  imageFormats,
  isImageFormat,
} from '../src/format-layouts.ts';
import { sourcesLine } from '../src/figure-sources.ts';
import { formatUse } from '../src/format-use.ts';
import { imageLayout } from '../src/image-layout.ts';
import { labels } from '../src/labels.ts';
import { subjectOf, type SourcedField } from '../src/subject.ts';
import { imageTexts, maxAltLength, postTexts } from '../src/texts.ts';

describe('imageTexts and postTexts', () => {
  const subject = subjectOf(focusAreaIds[0], 'sv');
  const where = { file: 'x.png', format: 'square' };
  const end = (s: string) => (/[.!?:]$/u.test(s.trim()) ? s.trim() : `${s.trim()}.`);

  it('describe every drawn text as sentences, a figure with its label as one, then the image', () => {
    const { description } = imageTexts(
      subject,
      [
        { field: 'eyebrow', lines: ['Fokusområde: Vatten'] },
        { field: 'headline', lines: ['Vatten från Bolmen', 'når Skåne!'] },
        { field: 'fact.value', lines: ['184 km²'] },
        { field: 'fact.label', lines: ['är Bolmens yta'] },
        { field: 'credit', lines: ['Text: Ljungby kommun'] },
      ],
      where,
    );
    expect(description).toBe(
      `Fokusområde: Vatten. Vatten från Bolmen når Skåne! 184 km² är Bolmens yta. Bild: ${end(subject.illustrationAlt)}`,
    );
  });

  it('say a year that opens a fact with a word before it, and a sentence drawn twice once', () => {
    const texts = (lang: 'sv' | 'en', value: string) =>
      imageTexts(
        { ...subject, locale: lang, illustrationAlt: 'En sjö' },
        [
          { field: 'body', lines: ['Sjön är stor.'] },
          { field: 'fact.value', lines: [value] },
          { field: 'fact.label', lines: ['förde Unesco in sagorna'] },
          { field: 'sourceLine', lines: ['Sjön är stor.'] },
        ],
        where,
      ).description;
    expect(texts('sv', '2018')).toBe(
      `Sjön är stor. ${labels.sv.year} 2018 förde Unesco in sagorna. Bild: En sjö.`,
    );
    expect(texts('sv', '2018–2020')).toContain(`${labels.sv.years} 2018–2020 förde`);
    expect(texts('en', '2018')).toContain(`${labels.en.year} 2018 förde`);
    expect(texts('sv', '184 km²')).toContain('Sjön är stor. 184 km² förde');
    expect(texts('en', '184 km²')).toContain(' Image: En sjö.');
  });

  it('keep a label without its figure before it as a sentence of its own, trimmed', () => {
    const { description } = imageTexts(
      { ...subject, illustrationAlt: 'En sjö.' },
      [
        { field: 'fact.label', lines: ['är Bolmens yta'] },
        { field: 'fact.value', lines: ['184 km²', ''] },
        { field: 'body', lines: ['Sjön är stor. Den är djup.'] },
        { field: 'sourceLine', lines: ['Den är djup.'] },
      ],
      where,
    );
    expect(description).toBe('är Bolmens yta. 184 km². Sjön är stor. Den är djup. Bild: En sjö.');
    const year = (value: string) =>
      imageTexts(
        subject,
        [
          { field: 'fact.value', lines: [value] },
          { field: 'fact.label', lines: ['x'] },
        ],
        where,
      ).description;
    expect(year('ca 2018–2020')).not.toContain(labels.sv.years);
    expect(year('2018–2020 och 2022')).not.toContain(labels.sv.years);
  });

  it('give a short alt of at most 150 characters that always holds the key message', () => {
    const short = (headline: string, eyebrow = 'Fokusområde: Vatten') =>
      imageTexts({ ...subject, headline, eyebrow, illustrationAltShort: 'En sjö' }, [], where).alt;
    expect(short('Vatten når Skåne')).toBe('Fokusområde: Vatten. Vatten når Skåne. Bild: En sjö.');
    expect(maxAltLength).toBe(150);
    const long =
      'Vatten från Bolmen når ända till Skåne genom en tunnel som är åttio kilometer lång och byggdes för länge sedan';
    const alt = short(long);
    expect(alt.length).toBeLessThanOrEqual(150);
    expect(alt).toContain(long);
    expect(short(long, 'x'.repeat(30))).toBe(`${long}. Bild: En sjö.`);
    expect(short('y'.repeat(140))).toBe(`Fokusområde: Vatten. ${'y'.repeat(140)}.`.slice(-141));
    expect(() => short('z'.repeat(151))).toThrow(
      'x.png: field "headline" (format "square"): the key message is 152 characters; the short alt text holds at most 150',
    );
  });

  it('offer a short and a long post, each with the link and the credit line', () => {
    const { short, long } = postTexts(subject);
    const more = `${subject.readMore.label}: ${subject.readMore.url}`;
    expect(short).toBe([subject.body, more, subject.credit].join('\n\n'));
    expect(long).toBe([end(subject.headline), subject.bodyLong, more, subject.credit].join('\n\n'));
    expect(
      postTexts({ ...subjectOf('vision', 'en'), headline: 'Together ' }).long.split('\n\n')[0],
    ).toBe('Together.');
  });
});

describe('labels', () => {
  it('count in words up to ten, then in digits', () => {
    expect([0, 1, 2, 4, 5, 10].map((n) => labels.sv.allAreas(n))).toEqual([
      'Noll fokusområden',
      'Ett fokusområden',
      'Två fokusområden',
      'Fyra fokusområden',
      'Fem fokusområden',
      'Tio fokusområden',
    ]);
    expect(labels.en.allAreas(11)).toBe('11 focus areas');
    expect(labels.en.illustrationsOf(3)).toBe('Three illustrations');
    expect(labels.sv.illustrationsOf(12)).toBe('12 illustrationer');
    expect(Object.keys(labels.en)).toEqual(Object.keys(labels.sv));
  });
});

describe('the image formats', () => {
  it('say where each size goes, with its own size, in both languages', () => {
    for (const id of imageFormatIds) {
      const { width, height } = imageFormats[id];
      for (const lang of locales) expect(formatUse[id][lang]).toContain(`${width} × ${height}`);
    }
    for (const [id, words] of Object.entries(formatUse))
      for (const lang of locales) expect(words[lang].trim(), `${id} ${lang}`).not.toBe('');
    expect(isImageFormat('square')).toBe(true);
    expect(isImageFormat('toString')).toBe(false);
    expect(isImageFormat(1)).toBe(false);
  });

  const cases = imageFormatIds.flatMap((format) =>
    (['vatten', 'vision', 'all'] as const).map((area) => ({ format, area })),
  );
  it.each(cases)(
    '$format of $area: every part inside the image, the text beside or below the picture',
    ({ format, area }) => {
      const { width: W, height: H } = imageFormats[format];
      const spec = formatLayouts[format];
      const sp = (step: string) => spaceRem(step) * spec.rem;
      const s = subjectOf(area, 'sv');
      const { stripe, visual, radius, column } = imageLayout(format, s);
      expect(stripe).toEqual({ x: 0, y: 0, width: W, height: sp('3') });
      expect(radius).toBe(sp('5'));
      const inside = (r: { x: number; y: number; width: number; height: number }) =>
        r.x >= 0 &&
        r.y >= 0 &&
        r.x + r.width <= W &&
        r.y + r.height <= H &&
        r.width > 0 &&
        r.height > 0;
      expect(inside(visual)).toBe(true);
      expect(inside(column.box)).toBe(true);
      if (spec.visual.place === 'above') {
        expect(visual).toEqual({
          x: sp('8'),
          y: spec.visual.safeEdge ?? sp('8'),
          width: W - 2 * sp('8'),
          height: spec.visual.height,
        });
        expect(column.box.y).toBe(visual.y + visual.height + sp('7'));
        expect(column.box.y + column.box.height).toBe(
          spec.visual.safeEdge === undefined ? H - sp('8') + sp('4') : H - spec.visual.safeEdge,
        );
        expect(column.align).toBeUndefined();
      } else {
        expect(visual.x + visual.width).toBe(W - sp(spec.visual.margin));
        expect(visual.y).toBe((H - spec.visual.height) / 2);
        expect(column.box.x + column.box.width + sp('7')).toBe(visual.x);
        expect(column.box.y).toBe(
          sp(spec.visual.margin) + (spec.visual.textDrop ? sp(spec.visual.textDrop) : 0),
        );
        expect(column.align).toBe('center');
      }
      const drawn: SourcedField[] = [
        'eyebrow',
        'headline',
        ...(spec.body ? (['body'] as const) : []),
        ...(spec.fact && s.fact ? (['fact'] as const) : []),
      ];
      // The sources of the figures drawn, right under them.
      const sources = sourcesLine(
        s.locale,
        drawn.flatMap((field) => s.sources[field]),
      );
      expect(column.top.map((b) => b.field)).toEqual([
        'eyebrow',
        'headline',
        ...(spec.body ? ['body'] : []),
        ...(spec.fact && s.fact ? ['fact.value', 'fact.label'] : []),
        ...(sources ? ['sources'] : []),
      ]);
      expect(column.top.find((b) => b.field === 'sources')?.text).toBe(sources ?? undefined);
      const headline = column.top[1];
      expect(headline).toMatchObject({
        text: s.headline,
        size: spec.headline.size,
        minSize: spec.headline.minSize,
        gap: sp(spec.headline.gap),
        weight: 700,
      });
      expect(column.top[0]).toMatchObject({
        text: s.eyebrow,
        size: spec.eyebrow,
        color: 'accentText',
      });
      expect(column.bottom).toEqual([
        expect.objectContaining({
          field: 'credit',
          text: s.credit,
          size: spec.credit.size,
          gap: sp(spec.credit.gap),
          color: 'textSubtle',
        }),
      ]);
    },
  );
});
