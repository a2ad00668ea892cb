import type { CardArea, FocusAreaId, IllustrationData, Locale } from '@ljungby/focus-content';
import { focusAreaCard } from '../FocusAreaCard/markup';
import { h, level, type HeadingLevel, type MarkupElement } from '../markup/node';

export interface FocusAreaGridMarkupOptions {
  /** The areas, or what a card's file holds of them (the content's `cardFields`). */
  areas: CardArea[];
  locale?: Locale;
  illustrations?: Partial<Record<FocusAreaId, IllustrationData>> | null;
  headingLevel?: HeadingLevel;
  title?: string;
  hrefs?: Partial<Record<FocusAreaId, string>>;
}

/** A list of cards; with a title, the cards' headings sit one level below it. */
export function focusAreaGrid(o: FocusAreaGridMarkupOptions): MarkupElement {
  const top = level(o.headingLevel ?? 2);
  return h(
    'div',
    { class: 'lk-focus-area-grid', lang: o.locale ?? 'sv' },
    o.title && h(`h${top}`, 'lk-focus-area-grid__title', o.title),
    h(
      'ul',
      { class: 'lk-focus-area-grid__list', role: 'list' },
      ...o.areas.map((area) =>
        h(
          'li',
          'lk-focus-area-grid__item',
          focusAreaCard({
            area,
            locale: o.locale,
            illustration: o.illustrations?.[area.id],
            headingLevel: o.title ? level(top + 1) : top,
            href: o.hrefs?.[area.id],
          }),
        ),
      ),
    ),
  );
}
