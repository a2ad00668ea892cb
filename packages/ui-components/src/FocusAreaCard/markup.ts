import type { CardArea, IllustrationData, Locale } from '@ljungby/focus-content';
import { illustration } from '../Illustration/markup';
import { h, level, safeHref, type HeadingLevel, type MarkupElement } from '../markup/node';
import { strings } from './strings';

export interface FocusAreaCardMarkupOptions {
  /** The area, or what a card's file holds of it (the content's `cardFields`). */
  area: CardArea;
  locale?: Locale;
  illustration?: IllustrationData | null;
  headingLevel?: HeadingLevel;
  href?: string;
  linkText?: string;
}

/**
 * The card's link: your `href` with "Läs mer om <topic>", else the area's call to action with
 * its own label (so the link text names where it really goes), else the municipality's page.
 */
export function cardLink(o: FocusAreaCardMarkupOptions): { href: string; text: string } {
  const t = strings[o.locale ?? 'sv'];
  const cta = o.href ? null : o.area.callToAction;
  return {
    href: o.href ?? cta?.url ?? o.area.official.source.url,
    text: o.linkText ?? cta?.label ?? `${t.readMore} ${o.area.topic}`,
  };
}

export function focusAreaCard(o: FocusAreaCardMarkupOptions): MarkupElement {
  const { area } = o;
  const link = cardLink(o);
  return h(
    'article',
    { class: 'lk-focus-area-card', 'data-focus-area': area.id, lang: o.locale ?? 'sv' },
    o.illustration &&
      illustration(o.illustration, area.illustration.alt, 'lk-focus-area-card__illustration'),
    h(
      'div',
      'lk-focus-area-card__body',
      h(`h${level(o.headingLevel ?? 3)}`, 'lk-focus-area-card__title', area.name),
      h('p', 'lk-focus-area-card__text', area.summary.short),
      h('a', { class: 'lk-focus-area-card__link', href: safeHref(link.href) }, link.text),
    ),
  );
}
