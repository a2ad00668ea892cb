// The token pages at 320 px: they reflow without sideways scrolling (WCAG 1.4.10) and pass axe
// there too (the story tests run axe at the runner's width), and the contrast page states the
// minimums of the pairing list, not numbers of its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pairings from '@ljungby/design-tokens/pairings' with { type: 'json' };
import { expect, it } from 'vitest';
import { openEntry, readEntries, useBuiltSite } from './built-site';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const pages = readEntries().filter((e) => e.type === 'story' && e.tags.includes('page'));
const site = useBuiltSite();

it('there are token pages', () => {
  expect(pages.map((p) => p.id)).toContain('tokens--contrast');
});

it.each(pages.map((p) => [p.name, p]))('%s reflows and passes axe at 320 px', async (_, entry) => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  try {
    await openEntry(page, site.base, entry);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      // The a11y addon may still be running its own check of the story: wait for it.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await axe.run('#storybook-root', { resultTypes: ['violations'] });
          return result.violations.map(
            (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
        } catch (error) {
          if (attempt > 50 || !/already running/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    });
    expect(violations).toEqual([]);
  } finally {
    await context.close();
  }
});

it('the contrast page states the minimums of pairings.json', async () => {
  await site.open({ id: 'tokens--contrast', type: 'story' });
  const text = await site.page.locator('#storybook-root').innerText();
  const minimums = (pairings as { minimums: Record<string, number> }).minimums;
  for (const [kind, value] of Object.entries(minimums)) {
    expect(text, kind).toContain(`≥ ${value.toLocaleString('en')}:1`);
  }
});
