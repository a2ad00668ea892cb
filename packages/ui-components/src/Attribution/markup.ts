import type { Locale, StoryLicense } from '@ljungby/focus-content';
import { h, safeHref, type MarkupElement } from '../markup/node';

/** The licence's words the credit line shows: what a story's file holds (`licenseFields`). */
export type AttributionLicense = StoryLicense;

export interface AttributionMarkupOptions {
  /** The content's licence in `locale`: `getContent(locale).license` (its words and link). */
  license: AttributionLicense;
  locale?: Locale;
  changed?: boolean;
}

/**
 * The CC BY 4.0 credit line: "Text och illustrationer: Ljungby kommun, CC BY 4.0". CC BY asks for
 * the creator, a link to the licence and a note when the material is changed; the words come
 * from `@ljungby/focus-content`.
 */
export function attribution({
  license,
  locale = 'sv',
  changed,
}: AttributionMarkupOptions): MarkupElement {
  return h(
    'p',
    { class: 'lk-attribution', lang: locale },
    `${license.creditPrefix} ${license.attribution}, `,
    h('a', { href: safeHref(license.url), rel: 'license' }, license.name),
    changed && `. ${license.changedNote}`,
  );
}
