// Every docs page (the MDX pages and each component's page) passes axe in light and dark, with
// every rule (best practices too). The stories themselves run axe in both schemes in the
// storybook-light and storybook-dark projects; this covers the entries that are not stories,
// which those projects never open.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openEntry, readEntries, useBuiltSite } from './built-site';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const docs = readEntries().filter((e) => e.type === 'docs');
const site = useBuiltSite();

/** axe's violations in the open page, as "rule (targets)"; `rules` limits the run. */
async function axe(page: Page, rules: string[] | null) {
  return page.evaluate(async (only) => {
    const run = (window as unknown as { axe: typeof import('axe-core') }).axe.run;
    // The a11y addon may still be running its own check: wait for it.
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await run(document, {
          resultTypes: ['violations'],
          ...(only ? { runOnly: only } : {}),
        });
        return result.violations.map(
          (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      } catch (error) {
        if (attempt > 50 || !/already running/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }, rules);
}

it('every docs page passes axe, light and dark', async () => {
  expect(docs.length).toBeGreaterThan(10);
  const problems: string[] = [];
  // Two pages at a time: most of each step is waiting for Storybook to render.
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const queue = [...docs];
  await Promise.all(
    [0, 1].map(async () => {
      const page = await context.newPage();
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        // Every rule in light; in dark the colour rules (light and dark differ only in colours).
        await openEntry(page, site.base, entry, 'colorScheme:light');
        await page.addScriptTag({ content: axeSource });
        for (const v of await axe(page, null)) problems.push(`${entry.id} (light): ${v}`);
        // The scheme reaches only the examples (.sb-kit-root): a page without any stays as it is.
        if ((await page.locator('.sb-kit-root').count()) === 0) continue;
        await openEntry(page, site.base, entry, 'colorScheme:dark');
        // The dark pass checks dark examples, not the light ones again.
        if ((await page.locator('.sb-kit-root[data-color-scheme="dark"]').count()) === 0)
          problems.push(`${entry.id} (dark): no example in the dark scheme`);
        await page.addScriptTag({ content: axeSource });
        for (const v of await axe(page, ['color-contrast', 'link-in-text-block']))
          problems.push(`${entry.id} (dark): ${v}`);
      }
    }),
  );
  await context.close();
  expect(problems).toEqual([]);
});
