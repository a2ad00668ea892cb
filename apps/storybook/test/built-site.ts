// The built Storybook (storybook-static), served from a sub-folder the way it is published
// (<site>/storybook/), and Chromium to open it. Shared by the tests in this folder.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from '@ljungby/test-browser';
import {
  openStorybookEntry,
  readStorybookEntries,
  type StorybookEntry,
} from '@ljungby/test-browser/storybook';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../storybook-static');
/** Storybook's folder inside the combined site; the partner site is one folder up. */
export const mount = '/site/storybook/';

export type Entry = StorybookEntry;

export const readEntries = () => readStorybookEntries(root);

/** Opens an entry in the preview iframe and waits until Storybook has rendered it; throws if it failed. */
export async function openEntry(
  page: Page,
  base: string,
  entry: Pick<Entry, 'id' | 'type'>,
  globals = '',
) {
  const { showsError } = await openStorybookEntry(page, base, entry, globals);
  if (showsError) throw new Error(`${entry.id}: Storybook shows an error`);
}

/**
 * Serves the built Storybook and starts Chromium with one page for the tests of a file: started
 * before its first test, closed after its last. Read the fields inside tests and hooks.
 */
export function useBuiltSite(pageOptions?: BrowserContextOptions) {
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await serveFolder(root, mount);
    browser = await launchChromium();
    page = await browser.newPage(pageOptions);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined) => {
    if (value === undefined) throw new Error('the built site is not started: use it in a test');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get page() {
      return started(page);
    },
    /** The Storybook folder's URL, ending in `/`. */
    get base() {
      return started(server).base;
    },
    /** Opens an entry in this file's page (see {@link openEntry}). */
    open: (entry: Pick<Entry, 'id' | 'type'>, globals = '') =>
      openEntry(started(page), started(server).base, entry, globals),
  };
}
