// What the site's browser tests share: the built site, its pages, the builder's snippet, and a
// small task pool.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from '@ljungby/test-browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const dist = fileURLToPath(new URL('../dist', import.meta.url));

export const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The built site on a loopback server and one Chromium for the test file that calls this at
 * its top level: both start before the file's tests and close after them.
 */
export function siteInChromium() {
  const site = {} as { server: Awaited<ReturnType<typeof serveFolder>>; browser: Browser };
  beforeAll(async () => {
    site.server = await serveFolder(dist);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser.close();
    await site.server.close();
  });
  return site;
}

/** A page that only leads on to where a page has moved (an old address kept working). */
export const isMoved = (file: string) =>
  readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"');

/**
 * Every page of the built site, as a path relative to the base ('' for the start page); the
 * pages of moved addresses, which only lead on, are not among them.
 */
export function sitePages(): string[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build -w @ljungby/site\` first`);
  }
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        // Served files, not pages (only at the top: en/embed/ is a page).
        if (dir !== dist || !['_astro', 'embed', 'downloads'].includes(name)) walk(full);
      } else if (name === 'index.html' && !isMoved(full)) {
        found.push(
          relative(dist, dir)
            .replace(/\\/g, '/')
            .replace(/^(.+)$/, '$1/'),
        );
      }
    }
  };
  walk(dist);
  return found.sort();
}

/** The language a page must have: English under en/, Swedish elsewhere. */
export const pageLang = (path: string) => (path.startsWith('en/') ? 'en' : 'sv');

/** The builder pages, the only ones allowed the builder's script. */
export const builderPages = ['badda-in/', 'en/embed/'];

/** The snippet the builder shows, as its text. */
export const snippetOf = (page: Page) => page.locator('#b-snippet').textContent();

/** The template studio's pages: its own script, and its drawing loaded after the page. */
export const studioPages = ['gor-eget/', 'en/make-your-own/'];

/**
 * The addresses a page began to fetch after its load event: the studio's drawing (its renderer,
 * its PDF writer, the fonts), which is not page weight and is budgeted in studio.test.ts.
 */
export const fetchedAfterLoad = async (page: Page): Promise<Set<string>> =>
  new Set(
    await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const load = nav?.loadEventStart ?? Number.POSITIVE_INFINITY;
      return (
        performance
          .getEntriesByType('resource')
          // The tab's icon, which the browser fetches when it likes, is the page's own.
          .filter((entry) => entry.startTime >= load && !entry.name.endsWith('/favicon.svg'))
          .map((entry) => entry.name)
      );
    }),
  );

/** Run `task` over `items` with at most `limit` at a time (2 cores: a few tabs in parallel). */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i] as T);
      }
    }),
  );
  return results;
}

/**
 * Brings every shown embed preview into view (they load when near the viewport) and waits for
 * it. (On a narrow screen the builder shows one preview, not two.)
 */
export async function renderPreviews(page: Page) {
  const stories = await page.locator('ljungby-story').all();
  for (const story of stories) {
    if (!(await story.isVisible())) continue;
    await story.scrollIntoViewIfNeeded();
    // Rendered: a shadow root with the story in it, not only the slot of the fallback link.
    await page.waitForFunction(
      (el) => !!el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('slot'),
      await story.elementHandle(),
    );
  }
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}
