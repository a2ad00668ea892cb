// What the built partner site links to and copies: a link preview from the media kit on every
// page (and it loads), English addresses in English with the old ones leading on, no unused
// bundle in _astro/, and each material text exactly as the content package gives it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  blocksToMarkdown,
  blocksToPlainText,
  focusAreaIds,
  getCreditLine,
  getFocusArea,
  getVision,
} from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { dist, pageLang, siteInChromium, sitePages } from './support';
import { englishSlugs } from '../src/lib/guidelines';

const pages = sitePages();
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

const site = siteInChromium();

describe('the partner site’s links and texts', () => {
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
