// The words of the guideline pages around their Markdown, per language.
import type { Locale } from '@ljungby/focus-content';

export const guidelineWords = {
  sv: {
    indexDescription:
      'Hur du får använda materialet, partnerraden, ton och språk, tillgänglighet, integritet och hur du deltar.',
    /** What a quoted passage's Kopiera button copies, for screen readers. */
    quoteWhat: 'den citerade texten',
  },
  en: {
    indexDescription:
      'How you may use the material, the partner line, tone, accessibility, privacy and how to take part.',
    quoteWhat: 'the quoted text',
  },
} as const satisfies Record<Locale, Record<string, string>>;
