import type { IllustrationData } from '@ljungby/focus-content';
import { h, type MarkupElement } from '../markup/node';

/** A focus area's illustration as inline SVG with its text alternative. */
export function illustration(data: IllustrationData, alt: string, part: string): MarkupElement {
  return h(
    'svg',
    { class: `lk-illustration ${part}`, viewBox: data.viewBox, role: 'img', 'aria-label': alt },
    // A shape is already a markup element: { tag, attrs, style }.
    ...data.shapes,
  );
}
