import type {
  CardArea,
  FocusAreaId,
  IllustrationData,
  StoryArea,
  StoryLicense,
} from '@ljungby/focus-content';
import {
  focusAreaCard,
  focusAreaGrid,
  focusAreaStory,
  kitRoot,
  stack,
  type MarkupNode,
} from '@ljungby/ui-components/markup';
import type { ResolvedOptions } from './attributes';

export type Illustrations = Partial<Record<FocusAreaId, IllustrationData>>;

/**
 * What the widget shows for its options, as the components' markup tree: the same builders the
 * React components use, so the widget and a React page render the same HTML.
 */
export function widgetMarkup(
  content: { focusAreas: CardArea[]; license?: StoryLicense },
  illustrations: Illustrations,
  o: ResolvedOptions,
): MarkupNode {
  const { locale } = o;
  const areas = content.focusAreas;
  const one = areas.find((a) => a.id === o.area);
  let body: MarkupNode;
  if (o.layout === 'story') {
    const list = one ? [one] : areas;
    body = stack({
      gap: 7,
      children: list.map((area) =>
        focusAreaStory({
          // Checked by the element against the story's fields (checkContent, layout story).
          area: area as StoryArea,
          // Checked by the element: a story is only drawn with its licence words.
          license: content.license as StoryLicense,
          locale,
          illustration: illustrations[area.id],
          headingLevel: o.headingLevel,
        }),
      ),
    });
  } else if (one) {
    body = focusAreaCard({
      area: one,
      locale,
      illustration: illustrations[one.id],
      headingLevel: o.headingLevel,
    });
  } else {
    body = focusAreaGrid({ areas, locale, illustrations, headingLevel: o.headingLevel });
  }
  return kitRoot({ locale, colorScheme: o.colorScheme, children: [body] });
}
