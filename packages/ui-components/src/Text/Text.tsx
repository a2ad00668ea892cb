import type { ReactNode } from 'react';
import { oneOf } from '../react/resolve';
import { toReact } from '../react/to-react';
import { text, type TextSize, type TextTone } from './markup';

export interface TextProps {
  /**
   * The element: a paragraph, or `span`/`div` inside other text or layout.
   * @default 'p'
   */
  as?: 'p' | 'span' | 'div';
  /**
   * The text size from the type scale.
   * @default 'md'
   */
  size?: TextSize;
  /**
   * `subtle` for captions and sources (still WCAG AA on every kit surface).
   * @default 'default'
   */
  tone?: TextTone;
  /** The text. */
  children?: ReactNode;
}

/**
 * Body text in the kit's typeface and colours.
 * @example
 * <Text tone="subtle" size="sm">Källa: Ljungby kommun</Text>
 */
export function Text({ as, size, tone, children }: TextProps) {
  return toReact(
    text({
      as: oneOf('Text', 'as', as, ['p', 'span', 'div'] as const, 'p'),
      size: size && oneOf('Text', 'size', size, ['sm', 'md', 'lg'] as const, 'md'),
      tone: tone && oneOf('Text', 'tone', tone, ['default', 'subtle'] as const, 'default'),
    }),
    children,
  );
}
