// The card's own words, per locale. The topic after "Läs mer om" is the area's `topic` in the
// content, so that editing the content changes the link.
export const strings = {
  sv: { readMore: 'Läs mer om' },
  en: { readMore: 'Read more about' },
} as const;
