import type { ReactNode } from 'react';
import { oneOf } from '../react/resolve';
import { toReact } from '../react/to-react';
import { stack, type StackGap } from './markup';

export interface StackProps {
  /**
   * The element; use `ul`/`ol` when the children are list items.
   * @default 'div'
   */
  as?: 'div' | 'section' | 'ul' | 'ol';
  /**
   * The gap between children, a step of the space scale (`--lk-space-0` … `--lk-space-8`).
   * @default 4
   */
  gap?: StackGap;
  /**
   * `column` stacks; `row` lines children up and wraps them on narrow screens.
   * @default 'column'
   */
  direction?: 'column' | 'row';
  /** The stacked content. */
  children?: ReactNode;
}

/**
 * Lays out children with even space between them.
 * @example
 * <Stack gap={5}><Heading>…</Heading><Text>…</Text></Stack>
 */
export function Stack({ as, gap, direction, children }: StackProps) {
  return toReact(
    stack({
      as: oneOf('Stack', 'as', as, ['div', 'section', 'ul', 'ol'] as const, 'div'),
      gap: oneOf('Stack', 'gap', gap, [0, 1, 2, 3, 4, 5, 6, 7, 8] as const, 4),
      direction: oneOf('Stack', 'direction', direction, ['column', 'row'] as const, 'column'),
    }),
    children,
  );
}
