import { focusAreaIds } from '@ljungby/focus-content/ids';
import type { Area, Locale, Layout } from './options';

/**
 * The content files the widget fetches for one element, relative to the content package's
 * folder on the CDN. One home for this list: the element requests exactly these, and
 * `snippetCost()` sums their measured sizes. A card: `<id>.card.json`; the grid of cards:
 * `all.json`; a story: `<id>.json`; the four stories: the four area files.
 */
export const dataFiles = (area: Area, layout: Layout, locale: Locale): string[] =>
  (area === 'all' && layout === 'story' ? focusAreaIds : [area]).map(
    (name) =>
      `dist/json/${locale}/${name}${layout === 'card' && area !== 'all' ? '.card' : ''}.json`,
  );
