/**
 * The guideline pages agreed with the content writers: the same file names in both languages
 * (`src/content/guidelines/{sv,en}/<slug>.md`). The site lists them by their `order`; the
 * Swedish pages live at these slugs, the English ones at `englishSlugs`.
 */
export const guidelineSlugs = [
  'anvandning-och-licens',
  'partnerraden',
  'egen-logotyp',
  'ton-och-sprak',
  'gor-och-undvik',
  'tillganglighet',
  'integritet',
  'beslut',
  'delta',
] as const;
export type GuidelineSlug = (typeof guidelineSlugs)[number];

/**
 * The English pages' own slugs, so that an English address reads in English. The Swedish slugs
 * under /en/guidelines/ (the addresses before) lead to them.
 */
export const englishSlugs = {
  'anvandning-och-licens': 'use-and-licence',
  partnerraden: 'partner-line',
  'egen-logotyp': 'your-logo',
  'ton-och-sprak': 'tone-and-language',
  'gor-och-undvik': 'dos-and-donts',
  tillganglighet: 'accessibility',
  integritet: 'privacy',
  beslut: 'decisions',
  delta: 'take-part',
} as const satisfies Record<GuidelineSlug, string>;

const isGuidelineSlug = (slug: string): slug is GuidelineSlug =>
  (guidelineSlugs as readonly string[]).includes(slug);

/** A guideline page's slug in a language (a slug nobody agreed on is left as it is). */
export const slugIn = (locale: 'sv' | 'en', slug: string) =>
  locale === 'en' && isGuidelineSlug(slug) ? englishSlugs[slug] : slug;

/** Splits a collection id such as `sv/delta` into its language and slug. */
export function splitGuidelineId(id: string): { lang: string; slug: string } {
  const [lang = '', slug = ''] = id.split('/');
  return { lang, slug };
}
