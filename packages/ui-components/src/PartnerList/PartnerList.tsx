import type { FocusArea, FocusAreaId, Locale, Partner } from '@ljungby/focus-content';
import { getPartners } from '../react/content-source';
import { checkLocale, resolveArea } from '../react/resolve';
import { toReact } from '../react/to-react';
import { partnerList } from './markup';

export interface PartnerListProps {
  /**
   * The language of the partners' descriptions.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * Show the partners of one focus area (an id or a `FocusArea`).
   * @default undefined (all partners)
   */
  area?: FocusAreaId | FocusArea;
  /**
   * Show exactly these partners instead.
   * @default undefined
   */
  partners?: Partner[];
}

/**
 * The partners, each with its kind and one line; names link to their websites.
 * @example
 * <PartnerList area="vatten" locale="sv" />
 */
export function PartnerList({ locale, area, partners }: PartnerListProps) {
  const lang = checkLocale('PartnerList', locale);
  const list =
    partners ?? (area ? resolveArea('PartnerList', area, lang).partners : getPartners(lang));
  return toReact(partnerList({ partners: list }));
}
