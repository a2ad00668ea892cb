// @ljungby/focus-content/link-texts: the words of the plain link to each focus area, and to all
// four, in every locale: what getLinkText gives, composed at build from the content's own words.
// Without the rest of the content, so that code which only writes such links (the embed's
// createSnippet, a snippet builder) bundles these few words instead of every text.
import data from 'virtual:focus-content/link-texts';
import type { FocusAreaId, Locale } from './types.ts';

/** `linkTexts.sv.sagobygden` is `Sagobygden – ett av Ljungby kommuns fokusområden`. */
export const linkTexts = data as Readonly<
  Record<Locale, Readonly<Record<FocusAreaId | 'all', string>>>
>;
