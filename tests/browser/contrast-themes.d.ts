import type { Page } from 'playwright-core';

/** Context options that emulate a Windows contrast theme and reduced motion. */
export declare const contrastThemeContext: {
  readonly forcedColors: 'active';
  readonly reducedMotion: 'reduce';
};
/**
 * The problems a visitor in a contrast theme who asked for reduced motion would meet on the
 * open page: Tab stops without an outline, controls without an edge, anything that moves.
 * Empty when there are none.
 */
export declare function contrastThemeProblems(
  page: Page,
  options?: { tabStops?: number },
): Promise<string[]>;
