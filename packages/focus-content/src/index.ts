// @ljungby/focus-content: the whole API, in every locale. For one locale only (smaller
// bundles), import `@ljungby/focus-content/sv` or `/en` instead.
import { content as en } from './en.ts';
import enCreditPrefixes from 'virtual:focus-content/en.credit-prefixes';
import enLinkText from 'virtual:focus-content/en.link-text';
import svCreditPrefixes from 'virtual:focus-content/sv.credit-prefixes';
import svLinkText from 'virtual:focus-content/sv.link-text';
import statusData from 'virtual:focus-content/status';
import {
  collaborationOf,
  focusAreaOf,
  focusAreasOf,
  linkTextOf,
  partnerOf,
  partnersOf,
  visionOf,
} from './locale-api.ts';
import { locales } from './ids.ts';
import { content as sv } from './sv.ts';
import { creditLine } from './license.ts';
import { sayStatus, type KitStatus, type KitStatusSaid, type StatusWords } from './status.ts';
import type {
  Collaboration,
  CreditPrefixes,
  FocusArea,
  FocusAreaId,
  LinkText,
  Locale,
  LocaleContent,
  Partner,
  Reused,
  Vision,
} from './types.ts';

const byLocale: Record<Locale, LocaleContent> = { sv, en };
const linkTexts = { sv: svLinkText, en: enLinkText } as Record<Locale, LinkText>;
const creditPrefixes = { sv: svCreditPrefixes, en: enCreditPrefixes } as Record<
  Locale,
  CreditPrefixes
>;

/** A ready credit line per locale, e.g. under a reused text (from the content's words). */
export const creditLines: Record<Locale, string> = { sv: sv.license.credit, en: en.license.credit };

/** All content in one locale: the same object as `json/<locale>.json`. */
export function getContent(locale: Locale = 'sv'): LocaleContent {
  const content = byLocale[locale] as LocaleContent | undefined;
  if (!content) {
    throw new RangeError(
      `Unknown locale ${JSON.stringify(locale)}; expected one of ${locales.join(', ')}`,
    );
  }
  return content;
}

/** The four focus areas in the municipality's order. */
export function getFocusAreas(locale: Locale = 'sv'): FocusArea[] {
  return focusAreasOf(getContent(locale));
}

/** One focus area. Throws a RangeError for an unknown id or locale. */
export function getFocusArea(id: FocusAreaId, locale: Locale = 'sv'): FocusArea {
  return focusAreaOf(getContent(locale), id);
}

/** The vision, its goal and the population figures behind it. */
export function getVision(locale: Locale = 'sv'): Vision {
  return visionOf(getContent(locale));
}

/** Why partners are invited, what they may do with the material, and the partner line. */
export function getCollaboration(locale: Locale = 'sv'): Collaboration {
  return collaborationOf(getContent(locale));
}

/** All partners, or those of one focus area. */
export function getPartners(locale: Locale = 'sv', focusArea?: FocusAreaId): Partner[] {
  return partnersOf(getContent(locale), focusArea);
}

/**
 * The words of a plain link to one focus area, or to all four with `'all'`, such as the link a
 * pasted embed shows until its story loads: `Sagobygden – ett av Ljungby kommuns fokusområden`.
 * Throws a RangeError for an unknown id or locale.
 */
export function getLinkText(area: FocusAreaId | 'all', locale: Locale = 'sv'): string {
  return linkTextOf(getContent(locale), linkTexts[locale], area);
}

export function getPartner(id: string, locale: Locale = 'sv'): Partner | undefined {
  return partnerOf(getContent(locale), id);
}

const status = statusData as { status: KitStatus; words: Record<Locale, StatusWords> };

/** What is true about the kit today: published or not, licence decided or proposed, … */
export const kitStatus: Readonly<KitStatus> = status.status;

/**
 * The kit's status with today's sentence for each topic, in one locale:
 * `getKitStatus('sv').say.packages` is `Paketen är inte publicerade på npm än, …` until they are.
 * Pass another status (`{ ...kitStatus, packagesPublished: true }`) to see what would be said.
 */
export function getKitStatus(locale: Locale = 'sv', facts: KitStatus = kitStatus): KitStatusSaid {
  const words = status.words[locale] as StatusWords | undefined;
  if (!words) {
    throw new RangeError(
      `Unknown locale ${JSON.stringify(locale)}; expected one of ${locales.join(', ')}`,
    );
  }
  return sayStatus(facts, words, locale);
}

/**
 * The credit line to show with reused texts or illustrations, e.g. in a card's footer. With
 * `reused`, the line for a work that reuses only the kit's `illustrations` (`Illustration:
 * Ljungby kommun, …`) or only its `texts`. The licence's words follow the kit's status.
 */
export function getCreditLine(locale: Locale = 'sv', reused: Reused = 'all'): string {
  const { credit } = getContent(locale).license;
  if (reused === 'all') return credit;
  return creditLine(creditPrefixes[locale][reused], getKitStatus(locale).licenceLabel);
}

export { attribution, license } from './license.ts';
export { lixLimit, wordLimits, type WordLimit } from './limits.ts';
export { assertFocusAreaId, focusAreaIds, isFocusAreaId, isLocale, locales } from './ids.ts';
export { getIllustration, illustrations } from './illustrations.ts';
export { blocksToMarkdown, blocksToPlainText } from './rich-text.ts';
export { currentStates, sayStatus, statusStates, statusTopics } from './status.ts';
export type { KitStatus, KitStatusSaid, StatusState, StatusTopic, StatusWords } from './status.ts';
export type * from './types.ts';
// What a card and a story show of an area: the types of the embed's small files.
export type { CardArea, StoryArea, StoryLicense } from './area-fields.ts';
