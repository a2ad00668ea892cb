// Every page of the built partner site in Chromium: the weight budget (printed as a table),
// axe at 320 and 1280 px in light and dark, reflow at 320 px and at 200 % zoom, the language of
// every page and its twin, unique titles, the phone header's height, and the colour switch
// working without a script and remembered on the visitor's device.
import { readdirSync, readFileSync } from 'node:fs';
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
import { englishSlugs } from '../src/lib/guidelines';

const kB = 1000;
/** Budgets from the issue: per page, gzip, downloads excluded. */
const budget = { page: 60 * kB, builderScript: 15 * kB, copyScript: 1 * kB, schemeScript: 1 * kB };
/** The pages with a script of their own: the builder and the template studio. */
const scriptPages = [...builderPages, ...studioPages];

const pages = sitePages();
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

const site = siteInChromium();

/**
 * Brings every shown embed preview into view (they load when near the viewport) and waits for
 * it. (On a narrow screen the builder shows one preview, not two.)
 */
async function renderPreviews(page: Page) {
  const stories = await page.locator('ljungby-story').all();
  for (const story of stories) {
    if (!(await story.isVisible())) continue;
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
        drawing: 0,
        html: 0,
        css: 0,
        js: 0,
        images: 0,
        other: 0,
        preview: 0,
        lazy: 0,
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
      // The rule for images: what the browser fetches before the reader scrolls counts, lazy or
      // not (a lazy image near the first screen loads with the page). Lazy images are also
      // reported on their own; the media kit's test holds each preview to its own budget.
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
        else if (type === 'document') sizes.html += bytes;
        else if (type === 'stylesheet') sizes.css += bytes;
        else if (type === 'script') sizes.js += bytes;
        else if (type === 'image') {
          sizes.images += bytes;
          if (lazy.has(url.href)) sizes.lazy += bytes;
        } else sizes.other += bytes;
      }
      // Inline scripts travel inside the HTML; count them as script too. The few lines that
      // remember the colour choice (every page) have a budget of their own.
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
      );
      const gz = (texts: string[]) => texts.reduce((sum, text) => sum + gzipSync(text).length, 0);
      const scheme = gz(inline.filter((text) => text.includes("'lk-scheme'")));
      const js = sizes.js + gz(inline.filter((text) => !text.includes("'lk-scheme'")));
      if (scheme > budget.schemeScript)
        problems.push(`/${path}: colour script ${scheme} B > ${budget.schemeScript} B`);
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
      'of it lazy img',
      'studio drawing (after load, not counted)',
    ];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (r: string[]) =>
      r.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
    console.log(
      `Partner site, kB transferred (gzip) per page before the reader scrolls (1280 × 900); budget ${budget.page / kB} kB, builder and studio script ${budget.builderScript / kB} kB each:\n` +
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

  it('keeps the header within 120 px on a 390 px phone, every function one tap away', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    for (const path of ['', 'en/', 'badda-in/', 'en/guidelines/']) {
      await page.goto(`${site.server.base}${path}`);
      const header = await page.evaluate(() => {
        const box = document.querySelector('.site-header')?.getBoundingClientRect();
        // Everything in the header a visitor can use, and whether it shows and can be tapped.
        const controls = [...document.querySelectorAll('.site-header a, .site-header select')].map(
          (el) => {
            const r = el.getBoundingClientRect();
            const atPoint = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            return {
              name: el.textContent.trim() || el.id,
              tappable: r.width >= 24 && r.height >= 24 && !!atPoint && el.contains(atPoint),
              inside: r.bottom <= (box?.bottom ?? 0) && r.right <= innerWidth,
            };
          },
        );
        return { height: box?.height ?? Infinity, controls };
      });
      expect(header.height, `/${path}`).toBeLessThanOrEqual(120);
      // The logo, the language, the colours and every menu item.
      expect(header.controls.length, `/${path}`).toBeGreaterThanOrEqual(8);
      for (const c of header.controls)
        expect(c, `/${path}: ${c.name}`).toEqual({ name: c.name, tappable: true, inside: true });
    }
    await context.close();
  });

  it('switches colours with its own select, remembers the choice on this device only, and has a skip link', async () => {
    // The remembered choice is applied by a script in the head, before the body is drawn.
    for (const path of pages)
      expect(html(path), `/${path}`).toMatch(
        /<head>(?:(?!<\/head>)[\s\S])*localStorage\.getItem\('lk-scheme'\)[\s\S]*<\/head>\s*<body/,
      );
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
      await page.selectOption('#lk-scheme', flipped);
      expect(await background()).toBe(toRgb(surface(flipped)));
      // Remembered across pages, in this one key and nowhere else.
      const stored = () =>
        page.evaluate(() => ({
          cookies: document.cookie,
          local: JSON.parse(JSON.stringify(localStorage)) as Record<string, string>,
          session: sessionStorage.length,
        }));
      expect(await stored()).toEqual({ cookies: '', local: { 'lk-scheme': flipped }, session: 0 });
      await page.goto(`${site.server.base}en/embed/`);
      expect(await background()).toBe(toRgb(surface(flipped)));
      expect(await page.locator('#lk-scheme').inputValue()).toBe(flipped);
      await page.selectOption('#lk-scheme', 'auto');
      expect(await background()).toBe(toRgb(surface(system)));
      expect(await stored()).toEqual({ cookies: '', local: {}, session: 0 });
      // Without a script the select still switches (CSS reads it), and nothing is stored.
      const noScript = await site.browser.newContext({
        colorScheme: system,
        javaScriptEnabled: false,
      });
      const plain = await noScript.newPage();
      await plain.goto(site.server.base);
      await plain.selectOption('#lk-scheme', flipped);
      expect(await plain.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        toRgb(surface(flipped)),
      );
      await noScript.close();
      await page.reload();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      await context.close();
    }
  });

  it('shares every page with a link preview from the media kit, which loads', async () => {
    const problems: string[] = [];
    const checked = new Map<string, string>();
    for (const path of pages) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html(path))?.[1];
      if (!image) {
        problems.push(`/${path}: no og:image`);
        continue;
      }
      // A material page shares its own subject; every other page all the focus areas.
      const segment = /(?:texter-och-bilder|texts-and-images)\/([^/]+)\/$/.exec(path)?.[1];
      const id =
        segment === undefined || segment === 'all' || segment === 'alla'
          ? 'all'
          : segment === 'visionen'
            ? 'vision'
            : segment;
      if (!image.endsWith(`-${id}-${pageLang(path)}-link-preview.png`))
        problems.push(
          `/${path}: og:image ${image} is not the ${id} link preview in ${pageLang(path)}`,
        );
      if (!checked.has(image)) {
        const response = await fetch(new URL(image, site.server.base));
        const bytes = Buffer.from(await response.arrayBuffer());
        // A PNG's size is in its IHDR chunk, at bytes 16–23.
        checked.set(
          image,
          `${response.status} ${response.headers.get('content-type') ?? ''} ${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)}`,
        );
      }
      const loaded = checked.get(image);
      if (!loaded?.startsWith('200 image/png 1200×630'))
        problems.push(`/${path}: og:image ${image} answers ${loaded}`);
      for (const tag of ['og:title', 'og:description', 'og:image:alt'])
        if (!html(path).includes(`<meta property="${tag}" content="`))
          problems.push(`/${path}: no ${tag}`);
    }
    expect(problems).toEqual([]);
  });

  it('writes English addresses in English, and the old ones lead on', () => {
    const english = Object.values(englishSlugs) as string[];
    for (const path of pages.filter(
      (p) => p.startsWith('en/guidelines/') && p !== 'en/guidelines/',
    ))
      expect(english, `/${path}`).toContain(path.split('/')[2]);
    for (const [swedish, slug] of Object.entries(englishSlugs)) {
      const moved = readFileSync(join(dist, 'en/guidelines', swedish, 'index.html'), 'utf8');
      expect(moved).toContain(
        `<meta http-equiv="refresh" content="0; url=/en/guidelines/${slug}/">`,
      );
      expect(moved).toContain(`<link rel="canonical" href="/en/guidelines/${slug}/">`);
    }
  });

  it('ships no unused bundles: every script and stylesheet in _astro/ is used by a page', () => {
    // Used: named by a page, or by a script a page uses (the studio loads its drawing, its PDF
    // writer and the fonts from its script).
    const files = readdirSync(join(dist, '_astro'));
    const used = new Set<string>();
    let named = pages.map(html).join('');
    for (let more = true; more;) {
      more = false;
      for (const name of files) {
        if (used.has(name) || !named.includes(name)) continue;
        used.add(name);
        more = true;
        if (name.endsWith('.js')) named += readFileSync(join(dist, '_astro', name), 'utf8');
      }
    }
    for (const name of files)
      expect(used.has(name), `_astro/${name} is used by no page`).toBe(true);
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
