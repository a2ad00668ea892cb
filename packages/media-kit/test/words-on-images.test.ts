// What the images, posters and slides say, checked on every file: each figure drawn carries its
// source right under it and no other source is named; the announcement is credited only with
// the area and its partners; every picture has a short alt text and a longer description in
// which no sentence is said twice.
import { getContent, locales, type LocaleContent } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { figuresIn, namesOf } from '../src/figure-sources.ts';
import { imageFormatIds } from '../src/format-layouts.ts';
import { imageLayout } from '../src/image-layout.ts';
import { layoutColumn, type PlacedBlock } from '../src/layout.ts';
import { kitAreaIds, subjectOf } from '../src/subject.ts';
import { maxAltLength } from '../src/texts.ts';
import { posterLayout, posterSizes, type PosterFormat } from '../src/poster/index.ts';
import { readManifest } from './support.ts';

const manifest = readManifest();
const smallPrint = ['credit', 'readMore', 'sourceLine', 'sources'];
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Every drawn layout: the five image formats and the posters, per area and language. */
function* layouts(): Generator<{ where: string; blocks: PlacedBlock[]; content: LocaleContent }> {
  for (const area of kitAreaIds)
    for (const lang of locales) {
      const s = subjectOf(area, lang);
      const content = getContent(lang);
      for (const format of imageFormatIds) {
        const where = `${area}/${lang}/${format}`;
        yield {
          where,
          blocks: layoutColumn(imageLayout(format, s).column, { file: where, format }),
          content,
        };
      }
      for (const format of Object.keys(posterSizes) as PosterFormat[]) {
        const where = `${area}/${lang}/${format}`;
        yield { where, blocks: posterLayout(s, where, format).blocks, content };
      }
    }
}

/** Each source a page can name, with the figures it backs (in digits). */
function backers(content: LocaleContent) {
  const { vision } = content;
  const names = namesOf(content);
  const facts = [...vision.facts, ...content.focusAreas.flatMap((a) => a.facts)];
  return [
    ...facts.map((f) => ({ title: f.source.title, value: f.value, label: f.label })),
    {
      title: vision.source.title,
      value: String(vision.goal.population),
      label: String(vision.goal.year),
    },
  ].map((b) => ({ ...b, figures: figuresIn(`${b.value} ${b.label}`, names) }));
}

describe('figures on images, posters and slides', () => {
  it('carry their source right under them, and the line names no other source', () => {
    for (const { where, blocks, content } of layouts()) {
      const drawn = blocks.filter((b) => !smallPrint.includes(b.field));
      const text = squash(drawn.map((b) => b.lines.join(' ')).join(' '));
      const figures = figuresIn(text, namesOf(content));
      const sources = blocks.find((b) => b.field === 'sources');
      if (figures.length === 0) {
        expect(sources, `${where}: a source line without a figure`).toBeUndefined();
        continue;
      }
      expect(sources, `${where}: ${figures.join(', ')} drawn without a source`).toBeDefined();
      if (!sources) continue;
      // Right under the last text that holds a figure, before anything else.
      const withFigure = drawn.filter((b) => figuresIn(b.lines.join(' '), namesOf(content)).length);
      const last = withFigure.reduce((a, b) => (b.y > a.y ? b : a));
      // A fact's value and its label are one sentence: the source goes under both.
      const below = blocks.filter(
        (b) =>
          b.y > last.y &&
          b !== sources &&
          !(b.field === 'fact.label' && last.field === 'fact.value'),
      );
      expect(sources.y, where).toBeGreaterThanOrEqual(last.y + last.height - 0.01);
      for (const b of below) expect(b.y, `${where}: ${b.field} between`).toBeGreaterThan(sources.y);

      const line = sources.lines.join(' ');
      const all = backers(content);
      // Every fact whose value is drawn is named …
      for (const b of all)
        if (text.includes(squash(b.value)) && figuresIn(b.value).length)
          expect(line, `${where}: ${b.value}`).toContain(b.title);
      // … and every source named backs a figure that is drawn.
      const named = line.replace(/^[^:]+: /u, '').split('; ');
      for (const title of named)
        expect(
          all.some((b) => b.title === title && b.figures.some((f) => figures.includes(f))),
          `${where}: ${title} backs no figure drawn`,
        ).toBe(true);
    }
  });

  it('credit the announcement only with the area and its partners', () => {
    const { title } = getContent('sv').focusAreas[0]?.official.source ?? { title: '' };
    for (const { where, blocks } of layouts())
      for (const b of blocks)
        if (b.lines.join(' ').includes(title))
          expect(b.lines.join(' '), where).toMatch(
            /^(Källa för fokusområde|Source of the focus area)/u,
          );
  });
});

describe('alt texts and descriptions', () => {
  const pictures = manifest.files.filter((f) => f.alt !== null);

  it(`give every picture a short alt text (at most ${maxAltLength} characters) with its key message`, () => {
    for (const f of pictures) {
      const s = subjectOf(f.area, f.lang);
      expect(f.alt?.length, `${f.path}: ${f.alt}`).toBeLessThanOrEqual(maxAltLength);
      expect(f.alt, f.path).toContain(s.headline.replace(/\.$/u, ''));
    }
  });

  it('offer the longer description beside it: every text drawn, no sentence twice', () => {
    for (const f of pictures) {
      const s = subjectOf(f.area, f.lang);
      const description = f.description ?? '';
      expect(description, f.path).toContain(s.illustrationAlt.replace(/\.$/u, ''));
      expect(description.length, f.path).toBeGreaterThanOrEqual(f.alt?.length ?? 0);
      const sentences = description.split(/(?<=[.!?])\s+/u);
      expect(sentences.length, `${f.path}: ${description}`).toBe(new Set(sentences).size);
    }
  });
});
