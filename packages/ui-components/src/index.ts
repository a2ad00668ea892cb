// @ljungby/ui-components — React components for the story of Ljungby kommun. Each component is
// also its own entry (`@ljungby/ui-components/FocusAreaCard`), and the markup they render is
// available without React from `@ljungby/ui-components/markup`.
export * from './FocusAreaCard';
export * from './FocusAreaGrid';
export * from './FocusAreaStory';
export * from './KeyFigure';
export * from './VisionBanner';
export * from './PartnerList';
export * from './PartnerLine';
export * from './Attribution';
export * from './KitProvider';
export * from './Heading';
export * from './Text';
export * from './LinkButton';
export * from './Stack';
export * from './RichText';
export type { HeadingLevel, MarkupNode, SectionHeadingLevel } from './markup/node';
