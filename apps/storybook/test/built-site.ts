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

export interface BuiltSite {
  browser: Browser;
  page: Page;
  /** The Storybook folder's URL, ending in `/`. */
  base: string;
  /** Opens an entry in this file's page (see {@link openEntry}). */
  open: (entry: Pick<Entry, 'id' | 'type'>, globals?: string) => Promise<void>;
}

/**
 * Serves the built Storybook and starts Chromium with one page for the tests of a file: started
 * before its first test, closed after its last. Read the fields inside tests and hooks.
 */
export function useBuiltSite(pageOptions?: BrowserContextOptions): BuiltSite {
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  let browser: Browser | undefined;
  const site = {
    open: (entry, globals = '') => openEntry(site.page, site.base, entry, globals),
  } as BuiltSite;
  beforeAll(async () => {
    server = await serveFolder(root, mount);
    browser = await launchChromium();
    Object.assign(site, { browser, base: server.base, page: await browser.newPage(pageOptions) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return site;
}
