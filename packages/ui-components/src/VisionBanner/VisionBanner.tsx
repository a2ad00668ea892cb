import type { Locale, Vision } from '@ljungby/focus-content';
import { getVision } from '../react/content-source';
import type { HeadingLevel } from '../markup/node';
import { checkLevel, checkLocale } from '../react/resolve';
import { toReact } from '../react/to-react';
import { visionBanner } from './markup';

export interface VisionBannerProps {
  /**
   * The language of the banner.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * The vision to show.
   * @default getVision(locale)
   */
  vision?: Vision;
  /**
   * The level of the banner's heading ("35 000 invånare år 2035").
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * Show the chart's data table to everyone. Hidden, it is still read by screen readers.
   * @default false
   */
  showTable?: boolean;
}

/**
 * The vision's goal, 35 000 inhabitants in 2035, with a bar chart of the population towards it.
 * The chart has a caption and a data table as its text alternative.
 * @example
 * <VisionBanner locale="sv" headingLevel={2} />
 */
export function VisionBanner({ locale, vision, headingLevel, showTable }: VisionBannerProps) {
  const lang = checkLocale('VisionBanner', locale);
  return toReact(
    visionBanner({
      vision: vision ?? getVision(lang),
      locale: lang,
      headingLevel: checkLevel('VisionBanner', headingLevel, 2),
      showTable,
    }),
  );
}
