import { useLayoutEffect } from 'react';
import type { Locale } from '@ljungby/focus-content';

/**
 * Sets the language of the whole preview document (`<html lang>`) for an MDX page, so that
 * screen readers read Swedish pages as Swedish; Storybook's iframe.html says "en" for all.
 */
export function PageLang({ lang }: { lang: Locale }) {
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
