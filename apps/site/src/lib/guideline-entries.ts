import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '@ljungby/focus-content';
import {
  englishSlugs,
  guidelineSlugs,
  slugIn,
  splitGuidelineId,
  type GuidelineSlug,
} from './guidelines';

/**
 * The guideline pages of one language, by `order`. Fails the build with the file's name when a
 * file has a slug nobody agreed on or lacks its other-language twin, so a page cannot go
 * missing in one language.
 */
export async function guidelineEntries(locale: Locale) {
  const all = await getCollection('guidelines');
  const byLang = (lang: string) =>
    new Set(
      all
        .map((e) => splitGuidelineId(e.id))
        .filter((e) => e.lang === lang)
        .map((e) => e.slug),
    );
  const sv = byLang('sv');
  const en = byLang('en');
  for (const entry of all) {
    const { lang, slug } = splitGuidelineId(entry.id);
    const file = `src/content/guidelines/${lang}/${slug}.md`;
    if (!(guidelineSlugs as readonly string[]).includes(slug)) {
      throw new Error(
        `${file}: unknown slug "${slug}"; expected one of ${guidelineSlugs.join(', ')}`,
      );
    }
    if (!(lang === 'sv' ? en : sv).has(slug)) {
      throw new Error(
        `${file}: has no ${lang === 'sv' ? 'English' : 'Swedish'} twin; write src/content/guidelines/${lang === 'sv' ? 'en' : 'sv'}/${slug}.md too`,
      );
    }
  }
  return all
    .filter((e) => splitGuidelineId(e.id).lang === locale)
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ entry, slug: splitGuidelineId(entry.id).slug }));
}

/**
 * The guideline pages of one language as Astro's static paths (for the `[slug]` route files),
 * each at its slug in that language; in English also the Swedish slugs it had before, as
 * pages that lead on (`movedTo`).
 */
export async function guidelineStaticPaths(locale: Locale) {
  const entries = await guidelineEntries(locale);
  const pages = entries.map(({ entry, slug }) => ({
    params: { slug: slugIn(locale, slug) },
    props: { entry, slug, movedTo: undefined },
  }));
  if (locale !== 'en') return pages;
  const moved = entries.map(({ entry, slug }) => ({
    params: { slug },
    props: { entry, slug, movedTo: englishSlugs[slug as GuidelineSlug] },
  }));
  return [...pages, ...moved];
}
export type GuidelineEntry = CollectionEntry<'guidelines'>;
