// The built Storybook (storybook-static), served from a sub-folder the way it is published
// (<site>/storybook/), and Chromium to open it. Shared by the tests in this folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from '@ljungby/test-browser';
import type { Browser, Page } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../storybook-static');
/** Storybook's folder inside the combined site; the partner site is one folder up. */
export const mount = '/site/storybook/';

export interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'docs' | 'story';
  tags: string[];
}

export function readEntries(): Entry[] {
  if (!existsSync(join(root, 'index.json'))) {
    throw new Error(`${root}/index.json is missing: run \`npm run build\` (storybook build) first`);
  }
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
    entries: Record<string, Entry>;
  };
  return Object.values(index.entries);
}

export async function start() {
  const server = await serveFolder(root, mount);
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens an entry in the preview iframe and waits until Storybook has rendered it (or failed). */
export async function openEntry(
  page: Page,
  base: string,
  entry: Pick<Entry, 'id' | 'type'>,
  globals = '',
) {
  await page.goto(
    `${base}iframe.html?viewMode=${entry.type}&id=${entry.id}${globals ? `&globals=${globals}` : ''}`,
  );
  await page.waitForFunction(
    () =>
      /sb-show-(errordisplay|nopreview)/.test(document.body.className) ||
      (document.body.classList.contains('sb-show-main') &&
        (document.querySelector('#storybook-docs')?.childElementCount ?? 0) +
          (document.querySelector('#storybook-root')?.childElementCount ?? 0) >
          0),
    undefined,
    { timeout: 30_000 },
  );
  if (await page.locator('body.sb-show-errordisplay').count()) {
    throw new Error(`${entry.id}: Storybook shows an error`);
  }
}

export type { Browser };
