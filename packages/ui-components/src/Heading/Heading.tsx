import type { ReactNode } from 'react';
import type { HeadingLevel } from '../markup/node';
import { checkLevel, oneOf } from '../react/resolve';
import { toReact } from '../react/to-react';
import { heading, type HeadingSize } from './markup';

export interface HeadingProps {
  /**
   * The heading level (`h1`–`h6`), chosen by where the heading sits in your page's outline.
   * @default 2
   */
  level?: HeadingLevel;
  /**
   * The visual size, independent of the level. Without it, the size follows the level.
   * @default undefined
   */
  size?: HeadingSize;
  /** The heading text. */
  children?: ReactNode;
}

const sizes = ['sm', 'md', 'lg', 'xl', '2xl', '3xl'] as const;

/**
 * A heading in the kit's typeface; level and look are set separately.
 * @example
 * <Heading level={2} size="xl">Fyra fokusområden</Heading>
 */
export function Heading({ level, size, children }: HeadingProps) {
  const n = checkLevel('Heading', level, 2);
  return toReact(
    heading({ level: n, size: size && oneOf('Heading', 'size', size, sizes, 'md') }),
    children,
  );
}
