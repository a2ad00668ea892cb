// @ljungby/focus-content/en: the content in English only.
import data from 'virtual:focus-content/en';
import linkText from 'virtual:focus-content/en.link-text';
import { bindLocale, linkTextOf } from './locale-api.ts';
import type { FocusAreaId, LinkText, LocaleContent } from './types.ts';

/** All content in English: the same object as `json/en.json`. */
export const content = data as LocaleContent;

export const locale = 'en';

export const { getFocusAreas, getFocusArea, getVision, getCollaboration, getPartners, getPartner } =
  bindLocale(content);

/**
 * The words of a plain link to one focus area, or to all four with `'all'`, such as the link a
 * pasted embed shows until its story loads. A const of its own, so that a bundle that does not
 * call it drops the words.
 */
export const getLinkText = (area: FocusAreaId | 'all'): string =>
  linkTextOf(content, linkText as LinkText, area);

export { attribution, license } from './license.ts';
export { focusAreaIds, isFocusAreaId } from './ids.ts';
export { blocksToMarkdown, blocksToPlainText } from './rich-text.ts';
export type * from './types.ts';
