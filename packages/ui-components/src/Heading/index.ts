export { Heading, type HeadingProps } from './Heading';
export type { HeadingSize } from './markup';
