import type { FocusArea, FocusAreaId, Locale } from '@ljungby/focus-content';
import type { HeadingLevel } from '../markup/node';
import { checkLevel, resolveShownArea } from '../react/resolve';
import { toReact } from '../react/to-react';
import { focusAreaCard } from './markup';

export interface FocusAreaCardProps {
  /** The focus area: an id (`'vatten'`), looked up in `locale`, or a `FocusArea` object. */
  area: FocusAreaId | FocusArea;
  /**
   * The language of the card's own words and, for an id, of the content.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * The level of the card's heading; pick it from where the card sits in your page.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * Your page about the area. The link then reads "Läs mer om <område>". Without it, the card
   * links to the area's call to action with its own label (e.g. "Besök Lokal 16"), or to the
   * municipality's page about the area.
   * @default area.callToAction.url
   */
  href?: string;
  /**
   * Replaces the link text; keep it unique on the page.
   * @default "Läs mer om <område>" or the call-to-action label
   */
  linkText?: string;
  /**
   * Show the area's illustration (inline SVG with its text alternative).
   * @default true
   */
  showIllustration?: boolean;
}

/**
 * One focus area as a card: illustration, name, short text and a link, in the area's accent.
 * @example
 * <FocusAreaCard area="vatten" locale="sv" headingLevel={3} href="/vatten" />
 */
export function FocusAreaCard({
  area,
  locale,
  headingLevel,
  href,
  linkText,
  showIllustration,
}: FocusAreaCardProps) {
  return toReact(
    focusAreaCard({
      ...resolveShownArea('FocusAreaCard', { area, locale, showIllustration }),
      headingLevel: checkLevel('FocusAreaCard', headingLevel, 3),
      href,
      linkText,
    }),
  );
}
