// Every figure drawn on an image, poster or slide carries its source beside it (the kit's own
// rule: "Ange källan när du använder en siffra"). A figure is a run of digits in a drawn text;
// its source is the checked fact, or the vision's goal, that holds the same figure. A drawn
// figure that no fact holds stops the build, so nothing is ever drawn without a source.
import type { LocaleContent } from '@ljungby/focus-content';
import { MediaKitError } from './errors.ts';
import { labels } from './labels.ts';
import type { Where } from './layout.ts';

/** A figure (digits only) and the title of the page it comes from. */
export interface FigureSource {
  figure: string;
  source: string;
}

/**
 * The figures of a text as plain digits: `28 305` and `28,305` are both `28305`. Digits inside a
 * word (`H2O`) or in one of the `names` (`Lokal 16`) are no figures.
 */
export function figuresIn(text: string, names: readonly string[] = []): string[] {
  const unnamed = names.reduce((t, name) => t.replaceAll(name, ' '), text);
  return [...unnamed.matchAll(/(?<![\p{L}\d])\d+(?:[\s,]\d{3}(?!\d))*/gu)].map((m) =>
    m[0].replace(/\D/gu, ''),
  );
}

/** The partners' names and their parts (`Lokal 16/Teater 16` is also `Lokal 16`), longest first. */
export function namesOf(content: LocaleContent): string[] {
  const names = content.partners.flatMap((p) => [p.name, ...p.name.split('/')]);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/**
 * Every figure the content can back, with its source: first each fact's value and the vision's
 * goal, then the figures that a fact's label names (a label is backed by its fact's source).
 */
export function figureSources(content: LocaleContent): FigureSource[] {
  const { vision } = content;
  const names = namesOf(content);
  const facts = [...vision.facts, ...content.focusAreas.flatMap((a) => a.facts)];
  const of = (text: string, source: string) =>
    figuresIn(text, names).map((figure) => ({ figure, source }));
  return [
    ...facts.flatMap((f) => of(f.value, f.source.title)),
    ...of(`${vision.goal.population} ${vision.goal.year}`, vision.source.title),
    ...facts.flatMap((f) => of(f.label, f.source.title)),
  ];
}

/** The sources of the figures in `text`, in order; throws for a figure without one. */
export function sourcesOf(
  text: string,
  known: { figures: readonly FigureSource[]; names: readonly string[] },
  where: Where & { field: string },
): string[] {
  const titles = figuresIn(text, known.names).map((figure) => {
    const found = known.figures.find((k) => k.figure === figure);
    if (!found)
      throw new MediaKitError(
        where,
        `the figure ${figure} in ${JSON.stringify(text)} has no source; expected a fact in @ljungby/focus-content's facts.yaml that holds it`,
      );
    return found.source;
  });
  return [...new Set(titles)];
}

/** `Källa: …` (or `Källor: …; …`) for the sources given, or null when there are none. */
export function sourcesLine(lang: keyof typeof labels, sources: readonly string[]): string | null {
  const unique = [...new Set(sources)];
  if (unique.length === 0) return null;
  const l = labels[lang];
  return `${unique.length === 1 ? l.source : l.sources}: ${unique.join('; ')}`;
}
