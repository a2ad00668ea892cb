import { focusAreaIds, type FocusAreaId, type Locale } from '@ljungby/focus-content/ids';
import { slugIn } from './guidelines';

/** Every page kind of the site and its path in each language (relative to the base). */
export const routes = {
  start: { sv: '', en: 'en/' },
  embed: { sv: 'badda-in/', en: 'en/embed/' },
  material: { sv: 'texter-och-bilder/', en: 'en/texts-and-images/' },
  guidelines: { sv: 'riktlinjer/', en: 'en/guidelines/' },
  designers: { sv: 'for-formgivare/', en: 'en/for-designers/' },
  studio: { sv: 'gor-eget/', en: 'en/make-your-own/' },
  statement: { sv: 'tillganglighetsredogorelse/', en: 'en/accessibility-statement/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteKey = keyof typeof routes;

/** The vision's own segment under the material pages (the focus areas use their ids). */
export const visionSegment = { sv: 'visionen', en: 'vision' } as const satisfies Record<
  Locale,
  string
>;

/** The segment of the page with every focus area together (the media kit's `all`). */
export const allSegment = { sv: 'alla', en: 'all' } as const satisfies Record<Locale, string>;

/** A material page: a focus area, the vision, or all four areas together. */
export type MaterialId = FocusAreaId | 'vision' | 'all';

/** The site's base path, always ending in a slash. */
export const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** A path inside the site, e.g. `url('downloads/x.png')` → `/base/downloads/x.png`. */
export const url = (path: string) => `${base}${path}`;

export const pagePath = (key: RouteKey, locale: Locale) => routes[key][locale];
/** A material page's own segment: the vision's and the all-areas page's are translated. */
const materialSegment = (locale: Locale, id: MaterialId) =>
  id === 'vision' ? visionSegment[locale] : id === 'all' ? allSegment[locale] : id;
export const materialPath = (locale: Locale, id: MaterialId) =>
  `${routes.material[locale]}${materialSegment(locale, id)}/`;
/** The material pages of one language as Astro's static paths (for the `[item]` route files). */
export const materialStaticPaths = (locale: Locale) =>
  (['vision', 'all', ...focusAreaIds] as const).map((item) => ({
    params: { item: materialSegment(locale, item) },
    props: { item },
  }));
/** A guideline page's path, from its file name (the Swedish slug): English pages have their own. */
export const guidelinePath = (locale: Locale, slug: string) =>
  `${routes.guidelines[locale]}${slugIn(locale, slug)}/`;

/** Storybook is published beside the site, under `<base>storybook/`. */
export const storybookPath = 'storybook/';

/** The other language. */
export const other = (locale: Locale): Locale => (locale === 'sv' ? 'en' : 'sv');
