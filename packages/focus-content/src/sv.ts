// @ljungby/focus-content/sv: the content in Swedish only.
import data from 'virtual:focus-content/sv';
import linkText from 'virtual:focus-content/sv.link-text';
import { bindLocale } from './locale-api.ts';
import type { LinkText, LocaleContent } from './types.ts';

/** All content in Swedish: the same object as `json/sv.json`. */
export const content = data as LocaleContent;

export const locale = 'sv';

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
