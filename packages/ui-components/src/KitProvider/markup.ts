import type { FocusAreaId, Locale } from '@ljungby/focus-content';
import { h, type MarkupElement, type MarkupNode } from '../markup/node';

export type ColorScheme = 'light' | 'dark' | 'auto';

export interface KitRootMarkupOptions {
  locale?: Locale;
  colorScheme?: ColorScheme;
  focusArea?: FocusAreaId;
  as?: 'div' | 'section' | 'main' | 'article';
  children?: MarkupNode[];
}

/** The kit's root: language, colour scheme and focus-area accent for everything inside. */
export function kitRoot({
  locale = 'sv',
  colorScheme = 'light',
  focusArea,
  as = 'div',
  children = [],
}: KitRootMarkupOptions): MarkupElement {
  return h(
    as,
    {
      class: 'lk-root',
      lang: locale,
      'data-color-scheme': colorScheme,
      'data-focus-area': focusArea,
    },
    ...children,
  );
}
