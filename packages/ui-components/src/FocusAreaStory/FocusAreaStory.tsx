import type { FocusArea, FocusAreaId, Locale } from '@ljungby/focus-content';
import type { HeadingLevel } from '../markup/node';
import { getLicense } from '../react/content-source';
import { checkLevel, oneOf, resolveShownArea } from '../react/resolve';
import { toReact } from '../react/to-react';
import { focusAreaStory, type StoryLength } from './markup';

export interface FocusAreaStoryProps {
  /** The focus area: an id (`'sagobygden'`), looked up in `locale`, or a `FocusArea` object. */
  area: FocusAreaId | FocusArea;
  /**
   * The language of the story and its labels.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * The level of the story's title; its sections sit one level below.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * `long` is the whole story with its subheadings; `medium` (40–90 words) and `short` (at most
   * 25 words) replace the text with the summary. Key messages, facts and partners stay.
   * @default 'long'
   */
  length?: StoryLength;
  /**
   * Show the area's illustration.
   * @default true
   */
  showIllustration?: boolean;
}

/**
 * The story of one focus area: title, tagline, text, key messages, facts with sources, partners,
 * the municipality's own wording and the CC BY 4.0 credit.
 * @example
 * <FocusAreaStory area="sagobygden" locale="sv" headingLevel={2} />
 */
export function FocusAreaStory({
  area,
  locale,
  headingLevel,
  length,
  showIllustration,
}: FocusAreaStoryProps) {
  const shown = resolveShownArea('FocusAreaStory', { area, locale, showIllustration });
  return toReact(
    focusAreaStory({
      ...shown,
      license: getLicense(shown.locale),
      headingLevel: checkLevel('FocusAreaStory', headingLevel, 2),
      length: oneOf(
        'FocusAreaStory',
        'length',
        length,
        ['short', 'medium', 'long'] as const,
        'long',
      ),
    }),
  );
}
