import type { Locale } from '@ljungby/focus-content';
import { h, type MarkupElement } from '../markup/node';

export interface PartnerLineMarkupOptions {
  /** The content's partner line in `locale`: `getCollaboration(locale).partnerLine`. */
  line: string;
  locale?: Locale;
  /** The partner's own name, shown before the line ("Sagomuseet – I samarbete med …"). */
  partner?: string;
}

/**
 * The text-only co-brand line "I samarbete med Ljungby kommun". The line is words, never a logo:
 * partners may put it on their own materials without implying endorsement, and it needs no
 * image rights. The words come from `@ljungby/focus-content` (collaboration.partnerLine).
 */
export function partnerLine({
  line,
  locale = 'sv',
  partner,
}: PartnerLineMarkupOptions): MarkupElement {
  return h(
    'p',
    { class: 'lk-partner-line', lang: locale },
    partner && h('span', 'lk-partner-line__partner', partner),
    partner && ' – ',
    h('span', 'lk-partner-line__text', line),
  );
}
