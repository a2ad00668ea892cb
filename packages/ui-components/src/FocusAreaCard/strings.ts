// The card's own words, per locale. "Läs mer om …" needs the topic in running text, which is
// not always the area's name (e.g. "vattenfrågor"), so the topics are written out here.
export const strings = {
  sv: {
    readMore: 'Läs mer om',
    topics: {
      'unga-vuxna': 'unga vuxna',
      vatten: 'vattenfrågor',
      sagobygden: 'Sagobygden',
      naringsliv: 'näringslivet',
    },
  },
  en: {
    readMore: 'Read more about',
    topics: {
      'unga-vuxna': 'young adults',
      vatten: 'water',
      sagobygden: 'Sagobygden',
      naringsliv: 'business',
    },
  },
} as const;
