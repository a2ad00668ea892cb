import type { Locale } from '@ljungby/focus-content';
import { getLicense } from '../react/content-source';
import { checkLocale } from '../react/resolve';
import { toReact } from '../react/to-react';
import { attribution } from './markup';

export interface AttributionProps {
  /**
   * The language of the line.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * Say that you have changed the texts or illustrations, as CC BY 4.0 requires.
   * @default false
   */
  changed?: boolean;
}

/**
 * The CC BY 4.0 credit for reused texts and illustrations: "Text och illustrationer: Ljungby
 * kommun, CC BY 4.0", with the licence linked.
 * @example
 * <Attribution locale="sv" changed />
 */
export function Attribution({ locale, changed }: AttributionProps) {
  const lang = checkLocale('Attribution', locale);
  return toReact(attribution({ license: getLicense(lang), locale: lang, changed }));
}
