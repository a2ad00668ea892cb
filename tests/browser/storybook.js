// How a test opens a built Storybook: its entry list (index.json) and one entry in the preview
// iframe, waited for until Storybook has drawn it or shown its error. Storybook's own tests and
// the combined site's link check both open entries this way.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/* global document -- the wait runs inside the page. */

/**
 * The entries of a built Storybook (`storybook build`'s output folder).
 * @param {string} folder
 * @returns {import('./storybook.d.ts').StorybookEntry[]}
 */
export function readStorybookEntries(folder) {
  const file = join(folder, 'index.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` (storybook build) first`);
  }
  const index =
    /** @type {{ entries: Record<string, import('./storybook.d.ts').StorybookEntry> }} */ (
      JSON.parse(readFileSync(file, 'utf8'))
    );
  return Object.values(index.entries);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} base
 * @param {{ id: string, type: 'docs' | 'story' }} entry
 * @param {string} [globals]
 */
export async function openStorybookEntry(page, base, entry, globals = '') {
  const url = `${base}iframe.html?viewMode=${entry.type}&id=${entry.id}${globals ? `&globals=${globals}` : ''}`;
  const response = await page.goto(url);
  if (response?.status() !== 200) throw new Error(`iframe.html answers ${response?.status()}`);
  // Storybook marks the body once a story or docs page has rendered, or failed to. A docs page
  // draws its frame first and each example after it, one by one: it is ready when every
  // example's frame (`story--<id>-inner`) holds what the story drew, so a check never reads a
  // page with half its examples missing.
  await page.waitForFunction(
    () =>
      /sb-show-(errordisplay|nopreview)/.test(document.body.className) ||
      (document.body.classList.contains('sb-show-main') &&
        (document.querySelector('#storybook-docs')?.childElementCount ?? 0) +
          (document.querySelector('#storybook-root')?.childElementCount ?? 0) >
          0 &&
        [...document.querySelectorAll('.docs-story [id^="story--"][id$="-inner"]')].every(
          (example) => example.childElementCount > 0,
        )),
  );
  return { url, showsError: (await page.locator('body.sb-show-errordisplay').count()) > 0 };
}
