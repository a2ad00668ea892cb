// The read functions over one locale's content. Each locale entry point binds them to its own
// data, so importing `@ljungby/focus-content/sv` never pulls in English.
import { assertFocusAreaId } from './ids.ts';
import type {
  Collaboration,
  FocusArea,
  FocusAreaId,
  LinkText,
  LocaleContent,
  Partner,
  Vision,
} from './types.ts';

export function focusAreasOf(content: LocaleContent): FocusArea[] {
  return content.focusAreas;
}

export function focusAreaOf(content: LocaleContent, id: FocusAreaId): FocusArea {
  assertFocusAreaId(id);
  const area = content.focusAreas.find((a) => a.id === id);
  if (!area) throw new RangeError(`Focus area "${id}" is missing from the ${content.locale} data`);
  return area;
}

export function visionOf(content: LocaleContent): Vision {
  return content.vision;
}

export function collaborationOf(content: LocaleContent): Collaboration {
  return content.collaboration;
}

/** Where a focus area's name goes in `LinkText.area`. */
export const nameSlot = '{name}';

export function linkTextOf(
  content: LocaleContent,
  words: LinkText,
  area: FocusAreaId | 'all',
): string {
  if (area === 'all') return words.all;
  return words.area.replace(nameSlot, focusAreaOf(content, area).name);
}

export function partnersOf(content: LocaleContent, focusArea?: FocusAreaId): Partner[] {
  if (focusArea === undefined) return content.partners;
  assertFocusAreaId(focusArea);
  return content.partners.filter((p) => p.focusAreas.includes(focusArea));
}

export function partnerOf(content: LocaleContent, id: string): Partner | undefined {
  return content.partners.find((p) => p.id === id);
}

/** The content API of one locale, as the `/sv` and `/en` entry points export it. */
export interface LocaleApi {
  /** The four focus areas in the municipality's order. */
  getFocusAreas: () => FocusArea[];
  /** One focus area. Throws a RangeError for an unknown id. */
  getFocusArea: (id: FocusAreaId) => FocusArea;
  /** The vision, its goal and the population figures behind it. */
  getVision: () => Vision;
  /** Why partners are invited, what they may do with the material, and the partner line. */
  getCollaboration: () => Collaboration;
  /** All partners, or those of one focus area. */
  getPartners: (focusArea?: FocusAreaId) => Partner[];
  /** One partner by id, if there is one. */
  getPartner: (id: string) => Partner | undefined;
}

/** Binds the read functions to one locale's content. */
export function bindLocale(content: LocaleContent): LocaleApi {
  return {
    getFocusAreas: () => focusAreasOf(content),
    getFocusArea: (id) => focusAreaOf(content, id),
    getVision: () => visionOf(content),
    getCollaboration: () => collaborationOf(content),
    getPartners: (focusArea) => partnersOf(content, focusArea),
    getPartner: (id) => partnerOf(content, id),
  };
}
