export const strings = {
  sv: {
    year: 'År',
    people: 'Invånare',
    goal: 'mål',
    dashed: 'Den streckade stapeln är målet:',
    source: 'Källa',
  },
  en: {
    year: 'Year',
    people: 'Inhabitants',
    goal: 'goal',
    dashed: 'The dashed bar is the goal:',
    source: 'Source',
  },
} as const;
