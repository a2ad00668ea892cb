// The attribute contract of <ljungby-story>, shared by the element (which reads attributes)
// and createSnippet (which writes them), so that the two cannot disagree.
import { focusAreaIds, type FocusAreaId } from '@ljungby/focus-content/ids';

// The ids have one home, @ljungby/focus-content/ids; re-exported for the snippet API.
export { focusAreaIds, type FocusAreaId };
export type Area = FocusAreaId | 'all';
export const areas: readonly Area[] = [...focusAreaIds, 'all'];
export const layouts = ['card', 'story'] as const;
export type Layout = (typeof layouts)[number];
export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const colorSchemes = ['light', 'dark', 'auto'] as const;
export type ColorScheme = (typeof colorSchemes)[number];
export const headingLevels = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export const defaults = {
  area: 'all' as Area,
  layout: 'card' as Layout,
  lang: 'sv' as Language,
  colorScheme: 'light' as ColorScheme,
  headingLevel: 2 as HeadingLevel,
};

/**
 * Space reserved for the widget before its script arrives, so that nothing on the partner's
 * page moves when it renders (CLS 0). Measured from the rendered widget in Chromium at a
 * 1280 px wide page (see test/layout-shift.test.ts, which fails if a rendering outgrows it).
 */
export const reservedHeight: Record<Layout, Record<'one' | 'all', number>> = {
  card: { one: 540, all: 500 },
  story: { one: 2360, all: 9200 },
};

export const reservationFor = (area: Area, layout: Layout) =>
  reservedHeight[layout][area === 'all' ? 'all' : 'one'];
