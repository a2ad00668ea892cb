import { h, type MarkupElement, type MarkupNode } from '../markup/node';

export type TextSize = 'sm' | 'md' | 'lg';
export type TextTone = 'default' | 'subtle';

export interface TextMarkupOptions {
  as?: 'p' | 'span' | 'div';
  size?: TextSize;
  tone?: TextTone;
  children?: MarkupNode[];
}

/** Body text: `<p class="lk-text">` with optional `data-size` and `data-tone`. */
export function text({ as = 'p', size, tone, children = [] }: TextMarkupOptions): MarkupElement {
  return h(as, { class: 'lk-text', 'data-size': size, 'data-tone': tone }, ...children);
}
