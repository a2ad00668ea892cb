// Every page of the built partner site in Chromium: the sections in both languages, axe at 320
// and 1280 px in light and dark, reflow at 320 px and at 200 % zoom, and the language of every
// page, its twin in the other language and a unique title. (page-weights, site-header and
// page-links.test.ts hold the rest of the site's page checks.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '@ljungby/focus-content/ids';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeSource,
  builderPages,
  dist,
  pageLang,
  pool,
  renderPreviews,
  siteInChromium,
  sitePages,
  studioPages,
} from './support';

const pages = sitePages();
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

const site = siteInChromium();

describe('the partner site', () => {
  it('has the pages of every section in both languages', () => {
    for (const path of [
      '',
      'en/',
      'badda-in/',
      'en/embed/',
      'texter-och-bilder/',
      'texter-och-bilder/vatten/',
      'texter-och-bilder/visionen/',
      'en/texts-and-images/',
      'en/texts-and-images/vision/',
      'texter-och-bilder/alla/',
      'en/texts-and-images/all/',
      'riktlinjer/',
      'en/guidelines/',
      'for-formgivare/',
      'en/for-designers/',
    ]) {
      expect(pages, `page ${path || '(start)'}`).toContain(path);
    }
  });

  it('passes axe at 320 and 1280 px, light and dark, and reflows at 320 px and at 200 % zoom', async () => {
    const problems: string[] = [];
    // Light and dark differ only in colours and 320 and 1280 px only in layout, so every rule
    // runs at both widths, and the colour rules run at all four width and scheme pairs: the
    // whole check, with each page loaded once per width on a 2-core machine.
    const colourRules = ['color-contrast', 'link-in-text-block'];
    const axe = async (page: Page, where: string, only: string[] | null) => {
      const violations = await page.evaluate(async (rules) => {
        const run = (window as unknown as { axe: typeof import('axe-core') }).axe.run;
        const result = await run(document, {
          resultTypes: ['violations'],
          ...(rules ? { runOnly: rules } : {}),
        });
        return result.violations.map(
          (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      }, only);
      for (const v of violations) problems.push(`${where}: axe: ${v}`);
    };
    const reflows = async (page: Page, where: string, width: number) => {
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) problems.push(`${where}: ${scrollWidth} px wide, scrolls sideways`);
    };
    const setups = [
      { width: 320, first: 'light' as const, then: 'dark' as const },
      { width: 1280, first: 'dark' as const, then: 'light' as const },
    ];
    for (const setup of setups) {
      const context = await site.browser.newContext({
        viewport: { width: setup.width, height: 800 },
        colorScheme: setup.first,
      });
      await pool(pages, 2, async (path) => {
        const where = (scheme: string) => `/${path} at ${setup.width} px, ${scheme}`;
        const page = await context.newPage();
        try {
          await page.goto(`${site.server.base}${path}`);
          if (builderPages.includes(path)) await renderPreviews(page);
          // The studio as its reader meets it: the drawing loaded and the first preview drawn.
          if (studioPages.includes(path)) await page.waitForSelector('#s-image:not([hidden])');
          await reflows(page, where(setup.first), setup.width);
          await page.addScriptTag({ content: axeSource });
          await axe(page, where(setup.first), null);
          await page.emulateMedia({ colorScheme: setup.then });
          // Links fade to their new colour: measure once the fades have finished.
          await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
          await axe(page, where(setup.then), colourRules);
          if (setup.width === 1280) {
            // 200 % zoom of a 1280 px window: the page lays out in 640 CSS pixels.
            await page.setViewportSize({ width: 640, height: 400 });
            await reflows(page, `/${path} at 200 % zoom`, 640);
          }
        } finally {
          await page.close();
        }
      });
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('gives every page the right lang, a unique title and a link to its twin in the other language', () => {
    const titles = new Map<string, string>();
    const problems: string[] = [];
    for (const path of pages) {
      const doc = html(path);
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(doc)?.[1];
      const expected = pageLang(path);
      if (lang !== expected) problems.push(`/${path}: <html lang="${lang}">, expected ${expected}`);
      for (const m of doc.matchAll(/\slang="([^"]*)"/g)) {
        if (!isLocale(m[1])) problems.push(`/${path}: lang="${m[1]}"`);
      }
      const title = /<title>([^<]+)<\/title>/.exec(doc)?.[1] ?? '';
      if (!title) problems.push(`/${path}: no <title>`);
      const seen = titles.get(title);
      if (seen !== undefined) problems.push(`/${path}: same <title> as /${seen}: ${title}`);
      titles.set(title, path);
      // The twin: an alternate link for each language, and the switch in the header.
      const other = expected === 'sv' ? 'en' : 'sv';
      const alternate = new RegExp(
        `<link rel="alternate" hreflang="${other}" href="/([^"]*)"`,
      ).exec(doc)?.[1];
      if (alternate === undefined) {
        problems.push(`/${path}: no <link rel="alternate" hreflang="${other}">`);
        continue;
      }
      if (!pages.includes(alternate))
        problems.push(`/${path}: its ${other} twin /${alternate} does not exist`);
      else {
        const back = new RegExp(
          `<link rel="alternate" hreflang="${expected}" href="/([^"]*)"`,
        ).exec(html(alternate))?.[1];
        if (back !== path) problems.push(`/${alternate} does not point back to /${path}`);
      }
      const toggle = /<a class="site-lang" href="\/([^"]*)" hreflang="([^"]+)" lang="([^"]+)"/.exec(
        doc,
      );
      if (toggle?.[1] !== alternate || toggle[2] !== other || toggle[3] !== other) {
        problems.push(
          `/${path}: the language link is not to /${alternate} with hreflang and lang "${other}"`,
        );
      }
    }
    // Mixed-language parts are marked: the builder's language choices. The colour roles are
    // described in the page's own language, not in the tokens' English.
    expect(html('badda-in/')).toMatch(/<label class="site-choice" lang="en"[^>]*>[\s\S]*?English/);
    expect(html('en/embed/')).toMatch(/<label class="site-choice" lang="sv"[^>]*>[\s\S]*?Svenska/);
    expect(html('for-formgivare/')).toMatch(
      /class="site-meta designer-desc">Brödtext och rubriker\./,
    );
    expect(html('en/for-designers/')).toMatch(
      /class="site-meta designer-desc">Body text and headings\./,
    );
    expect(problems).toEqual([]);
  });
});
