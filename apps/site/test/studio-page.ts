// The template studio's test files open it as a communicator does, on a 390 px phone by touch:
// one page for a file's tests, which go on from where the last one left it, with what the page
// requested, fetched and threw kept for the tests to check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserPatience } from '@ljungby/test-browser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { siteInChromium } from './support';

/** A file of test/fixtures/. */
export const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

/** Waits for the page to show something, as long as a busy 2-core machine may need. */
export const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: browserPatience });

export interface StudioOnPhone {
  site: ReturnType<typeof siteInChromium>;
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requests: string[];
  /** gzip bytes of every file the page fetched, by address. */
  transferred: Map<string, number>;
  /** The page's uncaught errors. */
  errors: string[];
  /** The bytes of the file the page downloads when `start` runs. */
  downloadOf: (start: () => Promise<unknown>) => Promise<Buffer>;
}

/**
 * The built site in Chromium and one phone-sized page on it, for the test file that calls this
 * at its top level: open before the file's tests (`context` and `page` are set then), closed
 * after them.
 */
export function studioOnPhone(): StudioOnPhone {
  const site = siteInChromium();
  // `context` and `page` come in beforeAll, as the browser they open in does.
  const studio = {
    site,
    requests: [] as string[],
    transferred: new Map<string, number>(),
    errors: [] as string[],
    downloadOf: async (start) => {
      const [download] = await Promise.all([studio.page.waitForEvent('download'), start()]);
      return readFileSync(await download.path());
    },
  } as StudioOnPhone;
  beforeAll(async () => {
    studio.context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      acceptDownloads: true,
    });
    studio.page = await studio.context.newPage();
    studio.page.on('request', (r) => studio.requests.push(r.url()));
    studio.page.on('pageerror', (e) => studio.errors.push(String(e)));
    studio.page.on('response', async (response) => {
      if (!response.url().startsWith(site.server.origin)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      studio.transferred.set(response.url(), gzipSync(body).length);
    });
  });
  afterAll(async () => {
    await studio.context.close();
  });
  return studio;
}
