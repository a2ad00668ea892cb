// What each file says, in plain Node: the subject read from the content, the alt and post texts
// built from what is drawn, the kit's own labels, and where each part of an image goes.
import {
  focusAreaIds,
  getContent,
  getCreditLine,
  getFocusArea,
  getVision,
  locales,
} from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { spaceRem } from '../src/colors.ts';
import { MediaKitError } from '../src/errors.ts';
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
import { isKitAreaId, kitAreaIds, subjectOf, type SourcedField } from '../src/subject.ts';
import { imageTexts, maxAltLength, postTexts } from '../src/texts.ts';

describe('subjectOf', () => {
  it.each(locales)(
    'a focus area in %s: its name, first key message, first fact and source',
    (lang) => {
      for (const id of focusAreaIds) {
        const area = getFocusArea(id, lang);
        const s = subjectOf(id, lang);
        const fact = area.facts[0];
        expect(s).toMatchObject({
          area: id,
          locale: lang,
          accentArea: id,
          eyebrow: `${labels[lang].focusArea}: ${area.name}`,
          headline: area.keyMessages[0],
          body: area.summary.short,
          bodyLong: area.summary.medium,
          sourceLine: `${labels[lang].sourceOfArea}: ${area.official.source.title}`,
          credit: getCreditLine(lang),
          illustrationAlt: area.illustration.alt,
          fact: fact ? { value: fact.value, label: fact.label, source: fact.source.title } : null,
        });
        expect(s.illustrations.map((i) => i.area)).toEqual([id]);
      }
    },
  );

  it.each(locales)(
    'the vision in %s: the statement, today’s figure, every illustration',
    (lang) => {
      const vision = getVision(lang);
      const s = subjectOf('vision', lang);
      expect(s.accentArea).toBeNull();
      expect(s.eyebrow).toBe(vision.title);
      expect(s.headline).toBe(vision.statement);
      // The short text without its first sentence, which is the headline already.
      expect(vision.summary.short.startsWith(vision.statement)).toBe(true);
      expect(s.body).not.toContain(vision.statement);
      expect(vision.summary.short.endsWith(s.body)).toBe(true);
      expect(s.body.length).toBeGreaterThan(0);
      expect(s.fact?.value.replace(/\D/gu, '')).not.toBe(String(vision.goal.population));
      expect(vision.facts.map((f) => f.value)).toContain(s.fact?.value);
      expect(s.readMore.url).toBe(vision.source.url);
      expect(s.sourceLine).toBe(`${labels[lang].sourceOfVision}: ${vision.source.title}`);
      expect(s.illustrations.map((i) => i.area)).toEqual(focusAreaIds);
      expect(s.illustrationAlt).toBe(
        `${labels[lang].illustrationsOf(focusAreaIds.length)}: ${s.illustrations.map((i) => i.alt).join(' ')}`,
      );
    },
  );

  it.each(locales)(
    'every area together in %s: their names as a list, the official source',
    (lang) => {
      const content = getContent(lang);
      const s = subjectOf('all', lang);
      const names = content.focusAreas.map((a) => a.name);
      expect(s.eyebrow).toBe(labels[lang].allAreas(names.length));
      for (const name of names) expect(s.headline).toContain(name);
      expect(s.headline).toMatch(lang === 'sv' ? / och [^,]+$/u : / and [^,]+$/u);
      expect(s.fact).toBeNull();
      expect(s.body).toBe(content.vision.summary.short);
      expect(s.readMore.url).toBe(content.focusAreas[0]?.official.source.url);
    },
  );

  it.each(locales)('%s: the figure drawn is named as a source, and only then', (lang) => {
    const vision = subjectOf('vision', lang);
    expect(vision.sources.fact).toEqual([vision.fact?.source]);
    const all = subjectOf('all', lang);
    expect(all.sources.fact).toEqual([]);
    const official = getContent(lang).focusAreas[0]?.official.source;
    expect(all.sourceLine).toBe(`${labels[lang].sourceOfAreas}: ${official?.title ?? ''}`);
  });

  it('the vision’s figure is today’s, even when the goal is listed first', () => {
    const content = structuredClone(getContent('sv'));
    const goal = String(content.vision.goal.population);
    const isGoal = (value: string) => value.replace(/\D/gu, '') === goal;
    // The goal first, then the others: the image must still start from where we are.
    content.vision.facts.sort((a, b) => Number(isGoal(b.value)) - Number(isGoal(a.value)));
    expect(isGoal(content.vision.facts[0]?.value ?? '')).toBe(true);
    const s = subjectOf('vision', 'sv', { content });
    expect(isGoal(s.fact?.value ?? goal)).toBe(false);
    expect(s.fact?.value).toBe(content.vision.facts.find((f) => !isGoal(f.value))?.value);
  });

  it('a focus area without its own call to action reads more on its official page', () => {
    const content = structuredClone(getContent('en'));
    const [first] = content.focusAreas;
    if (!first) throw new Error('no focus area');
    first.callToAction = null;
    expect(subjectOf(first.id, 'en', { content }).readMore).toEqual({
      label: labels.en.readMore,
      url: first.official.source.url,
    });
  });

  it('names an unknown area or language, and a focus area without a key message', () => {
    const message = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof MediaKitError) return error.message;
      }
      return 'no MediaKitError';
    };
    expect(message(() => subjectOf('alla', 'sv'))).toBe(
      `alla/sv: field "area" (format "*"): unknown area "alla"; expected one of ${kitAreaIds.join(', ')}`,
    );
    expect(message(() => subjectOf('vatten', 'fi', { file: 'x.png', format: 'square' }))).toBe(
      'x.png: field "locale" (format "square"): unknown language "fi"; expected one of sv, en',
    );
    const content = structuredClone(getContent('sv'));
    const [first] = content.focusAreas;
    if (!first) throw new Error('no focus area');
    first.keyMessages = [];
    expect(message(() => subjectOf(first.id, 'sv', { content }))).toBe(
      `${first.id}/sv: field "focusAreas.${first.id}.keyMessages" (format "*"): the focus area has no key message`,
    );
    expect(
      message(() =>
        subjectOf(first.id, 'sv', {
          illustrations: { [first.id]: { viewBox: '0 0 1 1', shapes: [] } },
        }),
      ),
    ).toBe(
      `${first.id}/sv: field "focusAreas.${first.id}.illustration" (format "*"): the illustration of ${first.id} is missing; expected illustrations/${first.id}.svg in @ljungby/focus-content`,
    );
    const without = structuredClone(getContent('sv'));
    without.focusAreas = without.focusAreas.filter((a) => a.id !== first.id);
    expect(message(() => subjectOf(first.id, 'sv', { content: without, format: 'a4' }))).toBe(
      `${first.id}/sv: field "focusAreas" (format "a4"): the content has no focus area ${first.id}`,
    );
    expect(isKitAreaId('all')).toBe(true);
    expect(isKitAreaId('alla')).toBe(false);
    expect(isKitAreaId(4)).toBe(false);
  });
});

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
