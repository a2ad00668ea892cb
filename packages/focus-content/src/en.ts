// @ljungby/focus-content/en: the content in English only.
import data from 'virtual:focus-content/en';
import {
  collaborationOf,
  focusAreaOf,
  focusAreasOf,
  partnerOf,
  partnersOf,
  visionOf,
} from './locale-api.ts';
import type {
  Collaboration,
  FocusArea,
  FocusAreaId,
  LocaleContent,
  Partner,
  Vision,
} from './types.ts';

/** All content in English: the same object as `json/en.json`. */
export const content = data as LocaleContent;

export const locale = 'en';

/** The four focus areas in the municipality's order. */
export function getFocusAreas(): FocusArea[] {
  return focusAreasOf(content);
}

/** One focus area. Throws a RangeError for an unknown id. */
export function getFocusArea(id: FocusAreaId): FocusArea {
  return focusAreaOf(content, id);
}

export function getVision(): Vision {
  return visionOf(content);
}

export function getCollaboration(): Collaboration {
  return collaborationOf(content);
}

/** All partners, or those of one focus area. */
export function getPartners(focusArea?: FocusAreaId): Partner[] {
  return partnersOf(content, focusArea);
}

export function getPartner(id: string): Partner | undefined {
  return partnerOf(content, id);
}

export { attribution, license } from './license.ts';
export { focusAreaIds, isFocusAreaId } from './ids.ts';
export { blocksToMarkdown, blocksToPlainText } from './rich-text.ts';
export type * from './types.ts';
