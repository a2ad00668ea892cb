import type { Locale, Source } from '@ljungby/focus-content';
import { h, safeHref, type MarkupElement } from '../markup/node';
import { strings } from './strings';

export interface KeyFigureMarkupOptions {
  value: string;
  label: string;
  source?: Source | null;
  locale?: Locale;
}

/**
 * A figure and the words that complete it, read as one sentence ("184 km² är Bolmens yta …"),
 * with its source visible and linked.
 */
export function keyFigure(o: KeyFigureMarkupOptions): MarkupElement {
  const t = strings[o.locale ?? 'sv'];
  return h(
    'div',
    'lk-key-figure',
    h(
      'p',
      'lk-key-figure__text',
      h('span', 'lk-key-figure__value', o.value),
      ' ',
      h('span', 'lk-key-figure__label', o.label),
    ),
    o.source &&
      h(
        'p',
        'lk-key-figure__source',
        `${t.source}: `,
        h('a', { href: safeHref(o.source.url) }, o.source.title),
      ),
  );
}
