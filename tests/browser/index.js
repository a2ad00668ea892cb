// Playwright cannot download its own browsers on the kit's machines, so every browser test
// drives an installed Chromium: Debian's by default, any other through CHROME_PATH.
import { chromium } from 'playwright-core';

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

/** Starts the installed Chromium, headless. */
export const launchChromium = () => chromium.launch(launchOptions);
export { serveFolder } from './static-server.js';
export { serveCdn, serveHostPages } from './cdn-server.js';
