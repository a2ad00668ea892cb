// @ljungby/ui-components/markup — the markup contract without React: pure builders that return
// element trees, and renderers to DOM nodes and to HTML. The embed widget renders with these,
// so this entry must never import React or any runtime dependency.
export { h, headingLevels, level, safeHref, sectionHeadingLevels } from './node';
export type {
  HeadingLevel,
  MarkupAttrs,
  MarkupElement,
  MarkupNode,
  SectionHeadingLevel,
} from './node';
export { toDom } from './dom';
export { toHtml } from './html';
export { richText } from '../RichText/markup';
export { illustration } from '../Illustration/markup';
export { heading, type HeadingMarkupOptions, type HeadingSize } from '../Heading/markup';
export { text, type TextMarkupOptions, type TextSize, type TextTone } from '../Text/markup';
export {
  linkButton,
  type LinkButtonMarkupOptions,
  type LinkButtonVariant,
} from '../LinkButton/markup';
export { stack, type StackGap, type StackMarkupOptions } from '../Stack/markup';
export {
  colorSchemes,
  kitRoot,
  type ColorScheme,
  type KitRootMarkupOptions,
} from '../KitProvider/markup';
export { focusAreaCard, cardLink, type FocusAreaCardMarkupOptions } from '../FocusAreaCard/markup';
export { focusAreaGrid, type FocusAreaGridMarkupOptions } from '../FocusAreaGrid/markup';
export {
  focusAreaStory,
  type FocusAreaStoryMarkupOptions,
  type StoryLength,
} from '../FocusAreaStory/markup';
export { keyFigure, type KeyFigureMarkupOptions } from '../KeyFigure/markup';
export { visionBanner, type VisionBannerMarkupOptions } from '../VisionBanner/markup';
export { partnerList, type PartnerListMarkupOptions } from '../PartnerList/markup';
export { partnerLine, type PartnerLineMarkupOptions } from '../PartnerLine/markup';
export { attribution, type AttributionMarkupOptions } from '../Attribution/markup';
