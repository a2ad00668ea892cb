import type { Area, Language } from './options';

/**
 * The content files the widget fetches for one element, relative to the content package's
 * folder on the CDN. One home for this list: the element requests exactly these, and
 * `snippetCost()` sums their measured sizes.
 */
export const dataFiles = (_area: Area, lang: Language): string[] => [
  `dist/json/${lang}.json`,
  'dist/json/illustrations.json',
];
