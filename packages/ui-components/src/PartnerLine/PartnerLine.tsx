import type { Locale } from '@ljungby/focus-content';
import { getCollaboration } from '../react/content-source';
import { checkLocale } from '../react/resolve';
import { toReact } from '../react/to-react';
import { partnerLine } from './markup';

export interface PartnerLineProps {
  /**
   * The language of the line.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * Your organisation's name, shown before the line.
   * @default undefined
   */
  partner?: string;
}

/**
 * The text-only co-brand line "I samarbete med Ljungby kommun", for partners' own pages and
 * materials. It is words, never the municipality's logo.
 * @example
 * <PartnerLine partner="Sagomuseet" locale="sv" />
 */
export function PartnerLine({ locale, partner }: PartnerLineProps) {
  const lang = checkLocale('PartnerLine', locale);
  return toReact(partnerLine({ line: getCollaboration(lang).partnerLine, locale: lang, partner }));
}
