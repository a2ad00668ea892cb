import type { Locale } from '@ljungby/focus-content';
import { h, type MarkupElement } from '../markup/node';
import { strings } from './strings';

export interface PartnerLineMarkupOptions {
  locale?: Locale;
  /** The partner's own name, shown before the line ("Sagomuseet – I samarbete med …"). */
  partner?: string;
}

/** The text-only co-brand line "I samarbete med Ljungby kommun". */
export function partnerLine({ locale = 'sv', partner }: PartnerLineMarkupOptions): MarkupElement {
  return h(
    'p',
    { class: 'lk-partner-line', lang: locale },
    partner && h('span', 'lk-partner-line__partner', partner),
    partner && ' – ',
    h('span', 'lk-partner-line__text', strings[locale].line),
  );
}
