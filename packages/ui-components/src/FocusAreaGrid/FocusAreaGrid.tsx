import type { FocusArea, FocusAreaId, Locale } from '@ljungby/focus-content';
import { getFocusAreas, getIllustration } from '../react/content-source';
import type { HeadingLevel } from '../markup/node';
import { checkLevel, checkLocale, resolveArea } from '../react/resolve';
import { toReact } from '../react/to-react';
import { focusAreaGrid } from './markup';

export interface FocusAreaGridProps {
  /**
   * The language of the cards and their content.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * Which areas, in which order: ids or `FocusArea` objects.
   * @default all four, in the municipality's order
   */
  areas?: (FocusAreaId | FocusArea)[];
  /**
   * The level of the grid's title; the cards' headings sit one level below it. Without a
   * title, the cards' headings get this level.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * A heading above the cards, e.g. "Fyra fokusområden".
   * @default undefined
   */
  title?: string;
  /**
   * Your page for each area, by id (see `FocusAreaCard`'s `href`).
   * @default {}
   */
  hrefs?: Partial<Record<FocusAreaId, string>>;
  /**
   * Show the areas' illustrations.
   * @default true
   */
  showIllustrations?: boolean;
}

/**
 * The focus areas as a responsive grid of cards: one column at 320 px, up to four on wide screens.
 * @example
 * <FocusAreaGrid locale="sv" title="Fyra fokusområden" headingLevel={2} />
 */
export function FocusAreaGrid({
  locale,
  areas,
  headingLevel,
  title,
  hrefs,
  showIllustrations,
}: FocusAreaGridProps) {
  const lang = checkLocale('FocusAreaGrid', locale);
  const resolved = areas
    ? areas.map((a) => resolveArea('FocusAreaGrid', a, lang))
    : getFocusAreas(lang);
  return toReact(
    focusAreaGrid({
      areas: resolved,
      locale: lang,
      illustrations:
        showIllustrations === false
          ? null
          : Object.fromEntries(resolved.map((a) => [a.id, getIllustration(a.id)])),
      headingLevel: checkLevel('FocusAreaGrid', headingLevel, 2),
      title,
      hrefs,
    }),
  );
}
