// Every page of the built partner site in Chromium: the weight budget (printed as a table),
// axe at 320 and 1280 px in light and dark, reflow at 320 px and at 200 % zoom, the language of
// every page and its twin, unique titles, and the colour switch working without storage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { values } from '@ljungby/design-tokens';
import {
  blocksToMarkdown,
  blocksToPlainText,
  focusAreaIds,
  getCreditLine,
  getFocusArea,
  getVision,
} from '@ljungby/focus-content';
import { isLocale } from '@ljungby/focus-content/ids';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeSource,
  builderPages,
  dist,
  fetchedAfterLoad,
  pageLang,
  pool,
  siteInChromium,
  sitePages,
  studioPages,
} from './support';

const kB = 1000;
/** Budgets from the issue: per page, gzip, downloads excluded. */
const budget = { page: 60 * kB, builderScript: 15 * kB, copyScript: 1 * kB };
/** The pages with a script of their own: the builder and the template studio. */
const scriptPages = [...builderPages, ...studioPages];

const pages = sitePages();
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

const site = siteInChromium();

/** Brings every embed preview into view (they load when near the viewport) and waits for it. */
async function renderPreviews(page: Page) {
  const stories = await page.locator('ljungby-story').all();
  for (const story of stories) {
    await story.scrollIntoViewIfNeeded();
    // Rendered: a shadow root with the story in it, not only the slot of the fallback link.
    await page.waitForFunction(
      (el) => !!el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('slot'),
      await story.elementHandle(),
    );
  }
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}

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

  it('keeps every page within its weight budget, with script only on the builder', async () => {
    const rows: string[][] = [];
    const problems: string[] = [];
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await pool(pages, 3, async (path) => {
      const page = await context.newPage();
      const sizes = {
        html: 0,
        css: 0,
        js: 0,
        images: 0,
        other: 0,
        preview: 0,
        lazy: 0,
        drawing: 0,
      };
      const pending: Promise<{ url: URL; bytes: number; type: string }>[] = [];
      page.on('request', (request) => {
        // The site calls nothing but its own files.
        if (!request.url().startsWith(site.server.origin) && !request.url().startsWith('data:')) {
          problems.push(`/${path}: requests ${request.url()}`);
        }
      });
      page.on('response', (response) => {
        pending.push(
          (async () => {
            const body = await response.body().catch(() => Buffer.alloc(0));
            return {
              url: new URL(response.url()),
              bytes: gzipSync(body).length,
              type: response.request().resourceType(),
            };
          })(),
        );
      });
      await page.goto(`${site.server.base}${path}`);
      await page.waitForLoadState('networkidle');
      if (builderPages.includes(path)) await renderPreviews(page);
      await page.waitForLoadState('networkidle');
      // The rule for images: an image marked loading="lazy" (the previews of the material
      // pages) is not page weight, since it loads only as the reader scrolls to it, even if this
      // window happened to fetch it. It is reported on its own line; the media kit's test
      // holds each preview to its own budget. Every other image counts.
      // The studio's drawing, which it loads after the page: reported, not counted.
      const afterLoad = studioPages.includes(path) ? await fetchedAfterLoad(page) : new Set();
      const lazy = new Set(
        await page
          .locator('img[loading="lazy"]')
          .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src)),
      );
      for (const { url, bytes, type } of await Promise.all(pending)) {
        // The preview runs the embed (script and texts) that partners paste: reported on
        // its own line, it is the product shown, not the site's weight.
        if (url.pathname.startsWith('/embed/')) sizes.preview += bytes;
        else if (afterLoad.has(url.href)) sizes.drawing += bytes;
        else if (type === 'image' && lazy.has(url.href)) sizes.lazy += bytes;
        else if (type === 'document') sizes.html += bytes;
        else if (type === 'stylesheet') sizes.css += bytes;
        else if (type === 'script') sizes.js += bytes;
        else if (type === 'image') sizes.images += bytes;
        else sizes.other += bytes;
      }
      // Inline scripts travel inside the HTML; count them as script too.
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
      );
      const inlineJs = inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
      const js = sizes.js + inlineJs;
      const total = sizes.html + sizes.css + sizes.js + sizes.images + sizes.other;
      const copies = await page.locator('button[data-copy]').count();
      await page.close();
      rows.push([
        `/${path}`,
        ...[
          sizes.html,
          sizes.css,
          js,
          sizes.images + sizes.other,
          total,
          sizes.preview,
          sizes.lazy,
          sizes.drawing,
        ].map((b) => (b / kB).toFixed(1)),
      ]);
      if (total > budget.page) problems.push(`/${path}: ${total} B > ${budget.page} B`);
      if (scriptPages.includes(path)) {
        if (js > budget.builderScript)
          problems.push(`/${path}: script ${js} B > ${budget.builderScript} B`);
      } else if (copies === 0 ? js > 0 : js > budget.copyScript) {
        problems.push(
          `/${path}: ${js} B of script on a page that ${copies ? 'may only have the copy script' : 'has no Kopiera button and may have none'}`,
        );
      }
    });
    await context.close();
    rows.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    const head = [
      'page',
      'html',
      'css',
      'js',
      'img+other',
      'total',
      'preview embed',
      'lazy img (not counted)',
      'studio drawing (after load, not counted)',
    ];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (r: string[]) =>
      r.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
    console.log(
      `Partner site, kB transferred (gzip) per page; budget ${budget.page / kB} kB, builder and studio script ${budget.builderScript / kB} kB each; loading="lazy" images are not counted:\n` +
        [line(head), ...rows.map(line)].join('\n'),
    );
    expect(problems).toEqual([]);
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
    // Mixed-language parts are marked: the builder's language choices, the English token notes.
    expect(html('badda-in/')).toMatch(/<label class="site-choice" lang="en"[^>]*>[\s\S]*?English/);
    expect(html('en/embed/')).toMatch(/<label class="site-choice" lang="sv"[^>]*>[\s\S]*?Svenska/);
    expect(html('for-formgivare/')).toMatch(/class="site-meta designer-desc" lang="en"/);
    expect(problems).toEqual([]);
  });

  it('switches colours with its own radio buttons, without cookies or storage, and has a skip link', async () => {
    const surface = (scheme: 'light' | 'dark') => values[scheme].color.surface.default;
    const toRgb = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
    };
    for (const system of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme: system });
      const page = await context.newPage();
      await page.goto(site.server.base);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background()).toBe(toRgb(surface(system)));
      const flipped = system === 'light' ? 'dark' : 'light';
      await page.check(`#lk-scheme-${flipped}`);
      expect(await background()).toBe(toRgb(surface(flipped)));
      await page.check('#lk-scheme-auto');
      expect(await background()).toBe(toRgb(surface(system)));
      const storage = await page.evaluate(() => ({
        cookies: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
      }));
      expect(storage).toEqual({ cookies: '', local: 0, session: 0 });
      await page.reload();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      await context.close();
    }
  });

  it('copies each text of the material pages exactly as the content package gives it', async () => {
    const page = await site.browser.newPage();
    const copies = async (path: string) => {
      await page.goto(`${site.server.base}${path}`);
      return page
        .locator('button[data-copy]')
        .evaluateAll((buttons) => buttons.map((b) => (b as HTMLButtonElement).dataset.copy));
    };
    for (const [prefix, lang] of [
      ['texter-och-bilder', 'sv'],
      ['en/texts-and-images', 'en'],
    ] as const) {
      for (const id of focusAreaIds) {
        const area = getFocusArea(id, lang);
        const got = await copies(`${prefix}/${id}/`);
        for (const text of [
          area.summary.short,
          area.summary.medium,
          blocksToPlainText(area.long),
          blocksToMarkdown(area.long),
          area.illustration.alt,
          getCreditLine(lang),
        ]) {
          expect(got, `${prefix}/${id}/`).toContain(text);
        }
      }
      const vision = getVision(lang);
      const got = await copies(`${prefix}/${lang === 'sv' ? 'visionen' : 'vision'}/`);
      for (const text of [vision.statement, vision.summary.short, blocksToPlainText(vision.long)]) {
        expect(got).toContain(text);
      }
    }
    await page.close();
  });
});
