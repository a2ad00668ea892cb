// The combined artifact (partner site at the root, Storybook under storybook/) served from a
// sub-path: every internal link, anchor and file on every page of both resolves, and no page
// writes cookies or storage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '@ljungby/test-browser';
import { readStorybookEntries } from '@ljungby/test-browser/storybook';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storybookFolder } from '../../../scripts/pages/assemble.ts';
import { servePages } from '../../../scripts/pages/serve.ts';
import { crawl } from './crawl.ts';
import { assembleForTest, testBase } from './site-source.ts';

const work = mkdtempSync(join(tmpdir(), 'pages-'));
const out = join(work, 'pages');
let server: Awaited<ReturnType<typeof servePages>>;
let browser: Browser;
let real = false;

beforeAll(async () => {
  real = assembleForTest(out).real;
  server = await servePages({ dir: out, base: testBase });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

it('every link, anchor and file of both sites resolves under the base path', async () => {
  const result = await crawl({
    browser,
    base: server.url,
    storybookFolder,
    entries: readStorybookEntries(join(out, storybookFolder)),
  });
  console.log(
    `combined site from ${testBase} (${real ? 'the real partner site' : 'the stand-in site in fixture/site'}): ` +
      `${result.sitePages.length} site pages and ${result.storybookPages.length} Storybook pages opened; ` +
      `${result.internal} internal links checked; ${result.examples.size} links in component ` +
      `examples listed, not checked; ${result.external.size} external links listed, not fetched:\n  ` +
      [...result.external].sort().join('\n  '),
  );
  expect(result.problems).toEqual([]);
  // Both sites were reached by following links.
  expect(result.sitePages.length).toBeGreaterThanOrEqual(2);
  expect(result.storybookPages.length).toBeGreaterThan(5);
});

// A missing address anywhere under the sub-path gets the site's own page, in both languages,
// styled and with links that work (the host serves the same 404.html at every depth).
it('answers a missing address under the base path with the site’s own 404 page', async () => {
  if (!real) return; // the stand-in site has no 404 page
  const page = await browser.newPage();
  for (const missing of ['finns-inte', 'riktlinjer/finns-inte/', 'en/guidelines/no/such/page']) {
    const response = await page.goto(`${server.url}${missing}`);
    expect(response?.status(), missing).toBe(404);
    const shown = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      english: document.querySelector('[lang="en"] h2')?.textContent,
      // The site's stylesheet applies: the header has its own background.
      styled: getComputedStyle(document.querySelector('.site-header') ?? document.body)
        .backgroundColor,
      links: [...document.querySelectorAll('main a')].map((a) => (a as HTMLAnchorElement).href),
    }));
    expect(shown).toMatchObject({
      lang: 'sv',
      title: 'Sidan finns inte – Berättarkit',
      english: 'Page not found',
    });
    expect(shown.styled).not.toBe('rgba(0, 0, 0, 0)');
    expect(shown.links.length).toBeGreaterThanOrEqual(10);
    for (const href of shown.links) {
      expect(href.startsWith(server.url), href).toBe(true);
      expect((await fetch(href)).status, href).toBe(200);
    }
  }
  await page.close();
});
