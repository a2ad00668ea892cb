// The attribute contract of <ljungby-story>, shared by the element (which reads attributes)
// and createSnippet (which writes them), so that the two cannot disagree. The focus-area ids
// and the locales have one home, @ljungby/focus-content/ids; the colour schemes' type is the
// design tokens'.
import { focusAreaIds, locales, type FocusAreaId, type Locale } from '@ljungby/focus-content/ids';
import type { ColorScheme } from '@ljungby/design-tokens';

export { focusAreaIds, locales, type ColorScheme, type FocusAreaId, type Locale };
export type Area = FocusAreaId | 'all';
export const areas: readonly Area[] = [...focusAreaIds, 'all'];
export const layouts = ['card', 'story'] as const;
export type Layout = (typeof layouts)[number];
/** @deprecated Use `locales` (the one word for it in the kit). */
export const languages = locales;
/** @deprecated Use `Locale`. */
export type Language = Locale;
export const colorSchemes = ['light', 'dark', 'auto'] as const satisfies readonly ColorScheme[];
/**
 * The level of the widget's own headings on the partner's page: 2–6, since the page has its
 * own h1 (the components' `HeadingLevel` allows 1–6).
 */
export const sectionHeadingLevels = [2, 3, 4, 5, 6] as const;
export type SectionHeadingLevel = (typeof sectionHeadingLevels)[number];
/** @deprecated Use `sectionHeadingLevels`. */
export const headingLevels = sectionHeadingLevels;
/** @deprecated Use `SectionHeadingLevel`. */
export type HeadingLevel = SectionHeadingLevel;

export const defaults = {
  area: 'all' as Area,
  layout: 'card' as Layout,
  lang: 'sv' as Locale,
  colorScheme: 'light' as ColorScheme,
  headingLevel: 2 as SectionHeadingLevel,
};

/**
 * The fixed heights of the 0.1 snippet's inline reservation (`reservation: 'inline'`), measured
 * at a 1280 px page. The recommended snippet links dist/reserve/<kind>.css instead, which
 * follows the width (build/reservation.ts).
 */
export const reservedHeight: Record<Layout, Record<'one' | 'all', number>> = {
  card: { one: 540, all: 500 },
  story: { one: 2360, all: 9200 },
};

export const reservationFor = (area: Area, layout: Layout) =>
  reservedHeight[layout][area === 'all' ? 'all' : 'one'];
