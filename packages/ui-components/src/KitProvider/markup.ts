import { colorSchemes, type ColorScheme } from '@ljungby/design-tokens';
import type { FocusAreaId, Locale } from '@ljungby/focus-content';
import { h, type MarkupElement, type MarkupNode } from '../markup/node';

// The colour schemes are the tokens' (`data-color-scheme` selects them), so the list and its
// type live in @ljungby/design-tokens and are re-exported here for users of the components.
export { colorSchemes, type ColorScheme };

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
