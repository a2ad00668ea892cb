// The rules authors meet, written once. The content build enforces them, the tests read them,
// and the README's table of limits is generated from them (npm run docs).

/** A word count range, inclusive. */
export interface WordLimit {
  min: number;
  max: number;
}

/**
 * Word limits per kind of file and field (field paths as in the frontmatter; `text` is the long
 * text after the frontmatter, and `description` a partner's line in partners.yaml).
 */
export const wordLimits = {
  'focus-area': {
    name: { min: 1, max: 4 },
    tagline: { min: 2, max: 14 },
    topic: { min: 1, max: 4 },
    'summary.short': { min: 1, max: 25 },
    'summary.medium': { min: 40, max: 90 },
    keyMessages: { min: 2, max: 20 },
    'callToAction.label': { min: 1, max: 6 },
    'illustration.alt': { min: 3, max: 30 },
    'photos.alt': { min: 3, max: 30 },
    text: { min: 150, max: 350 },
  },
  vision: {
    'summary.short': { min: 1, max: 25 },
    'summary.medium': { min: 40, max: 90 },
    text: { min: 60, max: 350 },
  },
  collaboration: {
    'summary.short': { min: 1, max: 25 },
    'summary.medium': { min: 40, max: 90 },
    text: { min: 60, max: 350 },
  },
  partner: {
    description: { min: 3, max: 25 },
  },
} as const satisfies Record<string, Record<string, WordLimit>>;

/**
 * LIX (läsbarhetsindex) that a Swedish short or medium text must stay below: under 40 reads as
 * easy Swedish, which is what klarspråk asks of the texts most people read.
 */
export const lixLimit = 40;
