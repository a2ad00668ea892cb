import type { FocusAreaId, Locale } from '@ljungby/focus-content';
import { focusAreaIds } from '../react/content-source';
import type { ReactNode } from 'react';
import { checkLocale, oneOf } from '../react/resolve';
import { toReact } from '../react/to-react';
import { colorSchemes, kitRoot, type ColorScheme } from './markup';

export interface KitProviderProps {
  /**
   * The language of everything inside (`lang`). Pass the same `locale` to the components inside:
   * the kit uses no React context, so that every component also works as a server component.
   * @default 'sv'
   */
  locale?: Locale;
  /**
   * The colour scheme (`data-color-scheme`); `auto` follows the visitor's system setting.
   * @default 'light'
   */
  colorScheme?: ColorScheme;
  /**
   * A focus area whose accent colour applies inside (`data-focus-area`).
   * @default undefined
   */
  focusArea?: FocusAreaId;
  /**
   * The wrapper element.
   * @default 'div'
   */
  as?: 'div' | 'section' | 'main' | 'article';
  /** The kit content. */
  children?: ReactNode;
}

/**
 * The kit's root element: language, colour scheme, accent, base text and background. It is a
 * plain element, so it renders on the server and in server components.
 * @example
 * <KitProvider locale="en" colorScheme="auto">
 *   <FocusAreaGrid locale="en" />
 * </KitProvider>
 */
export function KitProvider({ locale, colorScheme, focusArea, as, children }: KitProviderProps) {
  return toReact(
    kitRoot({
      locale: checkLocale('KitProvider', locale),
      colorScheme: oneOf('KitProvider', 'colorScheme', colorScheme, colorSchemes, 'light'),
      focusArea: focusArea && oneOf('KitProvider', 'focusArea', focusArea, focusAreaIds, focusArea),
      as: oneOf('KitProvider', 'as', as, ['div', 'section', 'main', 'article'] as const, 'div'),
    }),
    children,
  );
}
