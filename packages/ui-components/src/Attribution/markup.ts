import type { Locale } from '@ljungby/focus-content';
import { h, type MarkupElement } from '../markup/node';
import { strings } from './strings';

export interface AttributionMarkupOptions {
  locale?: Locale;
  changed?: boolean;
}

/** The CC BY 4.0 credit line: "Text och illustrationer: Ljungby kommun, CC BY 4.0". */
export function attribution({ locale = 'sv', changed }: AttributionMarkupOptions): MarkupElement {
  const t = strings[locale];
  return h(
    'p',
    { class: 'lk-attribution', lang: locale },
    `${t.prefix} Ljungby kommun, `,
    h('a', { href: 'https://creativecommons.org/licenses/by/4.0/', rel: 'license' }, 'CC BY 4.0'),
    changed && `. ${t.changed}`,
  );
}
