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
