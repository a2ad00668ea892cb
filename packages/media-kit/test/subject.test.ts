// What each file is about, in plain Node: the subject read from the content (a focus area, the
// vision, every area together), its sources, and the errors that name a bad area, language or
// content field.
import {
  focusAreaIds,
  getContent,
  getCreditLine,
  getFocusArea,
  getVision,
  locales,
} from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { MediaKitError } from '../src/errors.ts';
import { labels } from '../src/labels.ts';
import { isKitAreaId, kitAreaIds, subjectOf } from '../src/subject.ts';

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
