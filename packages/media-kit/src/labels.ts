// The media kit's own words (not content): short labels around the content's texts. One home
// for them; the content itself always comes from @ljungby/focus-content.
import type { Locale } from '@ljungby/focus-content';

export const labels = {
  sv: {
    allAreas: 'Fyra fokusområden',
    focusArea: 'Fokusområde',
    source: 'Källa',
    readMore: 'Läs mer',
    illustrationsOf: 'Fyra illustrationer',
  },
  en: {
    allAreas: 'Four focus areas',
    focusArea: 'Focus area',
    source: 'Source',
    readMore: 'Read more',
    illustrationsOf: 'Four illustrations',
  },
} as const satisfies Record<Locale, Record<string, string>>;
