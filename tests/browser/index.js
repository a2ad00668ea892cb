// Playwright cannot download its own browsers on the kit's machines, so every browser test
// drives an installed Chromium: Debian's by default, any other through CHROME_PATH.
import { chromium } from 'playwright-core';
import { pinnedFonts } from './pinned-fonts.js';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// As root and with the network closed, the last four flags stop a storm of refused connections.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for playwright-core or @vitest/browser-playwright. */
export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };

/**
 * How long one browser step (a navigation, a wait for a condition, a click) may take before the
 * test fails. A ceiling, not a wait: each step ends as soon as its condition holds. The whole
 * `npm test` runs a dozen processes on 2 cores, so Chromium may get a sixth of a core; under that
 * load Playwright's own default of 30 s once ran out on Storybook's first render (CI, November
 * 2026) although nothing was wrong with the story.
 */
export const browserPatience = 120_000;

/**
 * A browser test's own ceiling (vitest's testTimeout and hookTimeout): room for a few steps, so
 * that a step that runs out is named by Playwright instead of the test being cut off mid-way.
 */
export const browserTestTimeout = 2 * browserPatience;

/**
 * Starts the installed Chromium, headless. Every context and page it opens waits up to
 * {@link browserPatience} for each step.
 * @param {string[]} [extraArgs] flags added to {@link chromiumArgs}
 * @param {{ pinFonts?: boolean }} [options] `pinFonts`: the browser sees only the fonts of
 *   pinned-fonts.js, never the machine's, so that screenshots match on any machine
 */
export async function launchChromium(extraArgs = [], { pinFonts = false } = {}) {
  const fonts = pinFonts ? pinnedFonts() : undefined;
  const browser = await chromium.launch({
    ...launchOptions,
    args: [...chromiumArgs, ...extraArgs],
    ...(fonts ? { env: fonts.env } : {}),
  });
  if (fonts) browser.on('disconnected', fonts.remove);
  // Emitted for browser.newPage() too, before the context reaches the caller.
  browser.on('context', (context) => {
    context.setDefaultTimeout(browserPatience);
    context.setDefaultNavigationTimeout(browserPatience);
  });
  return browser;
}
export { serveFolder } from './static-server.js';
export { serveCdn, serveHostPages } from './cdn-server.js';
