// The site in a Windows contrast theme (forced colours) with reduced motion asked for, in
// Chromium: on a page of each kind, every Tab stop shows an outline, every control keeps its
// edge (the colour switch too), and nothing moves. The rules are @ljungby/test-browser's, shared
// with the embed's and the components' tests.
import { contrastThemeContext, contrastThemeProblems } from '@ljungby/test-browser/contrast-themes';
import { describe, expect, it } from 'vitest';
import { guidelinePath, materialPath, pagePath } from '../src/lib/routes';
import { pool, siteInChromium } from './support';

const site = siteInChromium();

/** One page of each kind, and the start page on a phone (where the header wraps). */
const cases = [
  { path: pagePath('start', 'sv'), width: 390 },
  { path: pagePath('start', 'en'), width: 1280 },
  { path: pagePath('embed', 'sv'), width: 1280 },
  { path: materialPath('sv', 'vatten'), width: 390 },
  { path: guidelinePath('sv', 'tillganglighet'), width: 1280 },
  { path: pagePath('designers', 'en'), width: 1280 },
  { path: pagePath('statement', 'sv'), width: 390 },
];

describe('the site in a contrast theme, with reduced motion', () => {
  it('keeps focus, borders and the colour switch visible, and nothing moves', async () => {
    const problems: string[] = [];
    await pool(cases, 2, async ({ path, width }) => {
      const context = await site.browser.newContext({
        ...contrastThemeContext,
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      await page.goto(`${site.server.base}${path}`);
      // The colour switch is there and drawn natively (its select keeps its system look), with
      // its three choices.
      const choices = await page.locator('.site-scheme select option').count();
      if (choices !== 3) problems.push(`/${path}: ${choices} colour-switch choices, expected 3`);
      for (const p of await contrastThemeProblems(page))
        problems.push(`/${path} at ${width} px: ${p}`);
      await context.close();
    });
    expect(problems).toEqual([]);
  });
});
