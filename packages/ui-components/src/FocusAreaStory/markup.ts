import type { FocusArea, IllustrationData, Locale, StoryArea } from '@ljungby/focus-content';
import { attribution, type AttributionLicense } from '../Attribution/markup';
import { illustration } from '../Illustration/markup';
import { keyFigure } from '../KeyFigure/markup';
import { linkButton } from '../LinkButton/markup';
import {
  h,
  level,
  safeHref,
  type HeadingLevel,
  type MarkupElement,
  type MarkupNode,
} from '../markup/node';
import { richText } from '../RichText/markup';
import { partnerList } from '../PartnerList/markup';
import { strings } from './strings';

export type StoryLength = 'short' | 'medium' | 'long';

interface StoryMarkupBase {
  /** The content's licence in `locale` (`getContent(locale).license`), for the credit line. */
  license: AttributionLicense;
  locale?: Locale;
  illustration?: IllustrationData | null;
  headingLevel?: HeadingLevel;
}

/**
 * The whole story needs what a story's file holds of the area (the content's `storyFields`);
 * the short and medium lengths show the area's summary, which only the whole area has.
 */
export type FocusAreaStoryMarkupOptions = StoryMarkupBase &
  ({ area: StoryArea; length?: 'long' } | { area: FocusArea; length?: StoryLength });

/** The long story of one area: title, tagline, text, key messages, facts, partners, credit. */
export function focusAreaStory(o: FocusAreaStoryMarkupOptions): MarkupElement {
  const { area } = o;
  const locale = o.locale ?? 'sv';
  const t = strings[locale];
  const top = level(o.headingLevel ?? 2);
  const length = o.length ?? 'long';
  const section = (title: string, content: MarkupNode) =>
    h(
      'section',
      'lk-focus-area-story__section',
      h(`h${level(top + 1)}`, 'lk-focus-area-story__subtitle', title),
      content,
    );
  return h(
    'article',
    { class: 'lk-focus-area-story', 'data-focus-area': area.id, lang: locale },
    h(
      'header',
      'lk-focus-area-story__header',
      h(`h${top}`, 'lk-focus-area-story__title', area.name),
      h('p', 'lk-focus-area-story__tagline', area.tagline),
    ),
    o.illustration &&
      illustration(o.illustration, area.illustration.alt, 'lk-focus-area-story__illustration'),
    h(
      'div',
      'lk-focus-area-story__body',
      ...(length === 'long'
        ? richText(area.long, top)
        : // Another length comes only with the whole area (FocusAreaStoryMarkupOptions).
          [h('p', null, (area as FocusArea).summary[length])]),
      area.callToAction &&
        linkButton({ href: area.callToAction.url, children: [area.callToAction.label] }),
    ),
    area.keyMessages.length &&
      section(
        t.messages,
        h('ul', 'lk-focus-area-story__messages', ...area.keyMessages.map((m) => h('li', null, m))),
      ),
    area.facts.length &&
      section(
        t.facts,
        h(
          'ul',
          { class: 'lk-focus-area-story__facts', role: 'list' },
          ...area.facts.map((f) => h('li', null, keyFigure({ ...f, locale }))),
        ),
      ),
    area.partners.length && section(t.partners, partnerList({ partners: area.partners })),
    h(
      'footer',
      'lk-focus-area-story__footer',
      // Only the municipality's own Swedish words go in quotation marks; another language
      // gets the kit's translation beside them, never as a quotation.
      h(
        'p',
        'lk-focus-area-story__official',
        `${t.official}: `,
        h('q', { lang: 'sv' }, area.official.original),
        ' (',
        h('a', { href: safeHref(area.official.source.url) }, area.official.source.title),
        ')',
        area.official.text != area.official.original && `. ${t.translation}: ${area.official.text}`,
      ),
      attribution({ license: o.license, locale }),
    ),
  );
}
