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
 * The credit line as the content words it, with the licence's name linked: "Text och
 * illustrationer: Ljungby kommun, föreslagen licens CC BY 4.0" while the licence is the kit's
 * proposal, "…, CC BY 4.0" once the municipality has decided. CC BY asks for the creator, a link
 * to the licence and a note when the material is changed; the words come from
 * `@ljungby/focus-content`.
 */
export function attribution({
  license,
  locale = 'sv',
  changed,
}: AttributionMarkupOptions): MarkupElement {
  // The credit line ends with the licence's name (focus-content's creditLine), linked here.
  return h(
    'p',
    { class: 'lk-attribution', lang: locale },
    license.credit.slice(0, -license.name.length),
    h('a', { href: safeHref(license.url), rel: 'license' }, license.name),
    changed && `. ${license.changedNote}`,
  );
}
