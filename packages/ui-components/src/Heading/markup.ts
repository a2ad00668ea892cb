import { h, level, type HeadingLevel, type MarkupElement, type MarkupNode } from '../markup/node';

export type HeadingSize = 'sm' | 'md' | 'lg' | 'xl' | '2xl' | '3xl';

export interface HeadingMarkupOptions {
  level?: HeadingLevel;
  size?: HeadingSize;
  children?: MarkupNode[];
}

/** `<hN class="lk-heading">`; the visual size is separate from the level (`data-size`). */
export function heading({
  level: n = 2,
  size,
  children = [],
}: HeadingMarkupOptions): MarkupElement {
  return h(`h${level(n)}`, { class: 'lk-heading', 'data-size': size }, ...children);
}
