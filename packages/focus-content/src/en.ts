// @ljungby/focus-content/en: the content in English only.
import data from 'virtual:focus-content/en';
import linkText from 'virtual:focus-content/en.link-text';
import { bindLocale } from './locale-api.ts';
import type { LinkText, LocaleContent } from './types.ts';

/** All content in English: the same object as `json/en.json`. */
export const content = data as LocaleContent;

export const locale = 'en';

export const {
  getFocusAreas,
  getFocusArea,
  getVision,
  getCollaboration,
  getPartners,
  getPartner,
  getLinkText,
} = bindLocale(content, linkText as LinkText);

export { attribution, license } from './license.ts';
export { focusAreaIds, isFocusAreaId } from './ids.ts';
export { blocksToMarkdown, blocksToPlainText } from './rich-text.ts';
export type * from './types.ts';
