import type { StoryArea } from '@ljungby/focus-content';
import { h, safeHref, type MarkupElement } from '../markup/node';

export interface PartnerListMarkupOptions {
  /** Partners, or what a story's file holds of them (the content's `storyFields`). */
  partners: StoryArea['partners'];
}

/** The partners with their kind and one line each; names link to their sites. */
export function partnerList({ partners }: PartnerListMarkupOptions): MarkupElement {
  return h(
    'ul',
    { class: 'lk-partner-list', role: 'list' },
    ...partners.map((p) =>
      h(
        'li',
        'lk-partner-list__item',
        h(
          'p',
          'lk-partner-list__name',
          p.website ? h('a', { href: safeHref(p.website) }, p.name) : p.name,
        ),
        h('p', 'lk-partner-list__kind', p.kindLabel),
        h('p', 'lk-partner-list__description', p.description),
      ),
    ),
  );
}
