/**
 * The guideline pages agreed with the content writers: the same slugs in both languages
 * (`src/content/guidelines/{sv,en}/<slug>.md`). The site lists them by their `order`.
 */
export const guidelineSlugs = [
  'anvandning-och-licens',
  'partnerraden',
  'ton-och-sprak',
  'gor-och-undvik',
  'tillganglighet',
  'integritet',
  'beslut',
  'delta',
] as const;
export type GuidelineSlug = (typeof guidelineSlugs)[number];

/** Splits a collection id such as `sv/delta` into its language and slug. */
export function splitGuidelineId(id: string): { lang: string; slug: string } {
  const [lang = '', slug = ''] = id.split('/');
  return { lang, slug };
}
