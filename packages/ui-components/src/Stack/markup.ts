import { h, type MarkupElement, type MarkupNode } from '../markup/node';

export type StackGap = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface StackMarkupOptions {
  as?: 'div' | 'section' | 'ul' | 'ol';
  gap?: StackGap;
  direction?: 'column' | 'row';
  children?: MarkupNode[];
}

/** Vertical (or wrapping horizontal) rhythm with a gap from the space scale (`data-gap`). */
export function stack({
  as = 'div',
  gap = 4,
  direction = 'column',
  children = [],
}: StackMarkupOptions): MarkupElement {
  return h(as, { class: 'lk-stack', 'data-gap': gap, 'data-direction': direction }, ...children);
}
