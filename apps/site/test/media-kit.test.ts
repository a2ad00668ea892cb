// The media kit on the material pages, against @ljungby/media-kit's own manifest: every file it
// lists is offered on its area's page in its language and the link serves exactly that file;
// every download shows what it is (a preview of each picture, poster and ZIP, lazy, sized and
// small); and every Kopiera of an alt text or a post text puts
// exactly the manifest's text on the clipboard (pressed with the keyboard).
import { locales, type Locale } from '@ljungby/focus-content';
import type { KitAreaId, Manifest } from '@ljungby/media-kit';
import manifestJson from '@ljungby/media-kit/manifest.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { materialPath } from '../src/lib/routes';
import { pool, siteInChromium } from './support';

const manifest = manifestJson as unknown as Manifest;
/** Each preview is a small WebP (it loads lazily, but a reader on a phone still pays for it). */
const previewBudget = 15_000;

const pageOf = (area: KitAreaId, lang: Locale) => materialPath(lang, area);
const kits = manifest.areas.flatMap((area) => locales.map((lang) => ({ area, lang })));
const filesOf = (area: KitAreaId, lang: Locale) =>
  manifest.files.filter((f) => f.area === area && f.lang === lang);

const site = siteInChromium();

describe('the media kit on the material pages', () => {
  it('offers every file of the manifest on its page, and each link serves that file', async () => {
    expect(kits.length).toBe(manifest.areas.length * 2);
    const problems: string[] = [];
    const context = await site.browser.newContext();
    await pool(kits, 2, async ({ area, lang }) => {
      const path = pageOf(area, lang);
      const page = await context.newPage();
      const response = await page.goto(`${site.server.base}${path}`);
      if (response?.status() !== 200) {
        problems.push(`/${path}: ${response?.status()}`);
        await page.close();
        return;
      }
      const links = await page.locator('a[download][data-path]').evaluateAll((as) =>
        as.map((a) => ({
          path: a.getAttribute('data-path') ?? '',
          href: (a as HTMLAnchorElement).href,
        })),
      );
      const previews = await page.locator('img.material-list__preview').evaluateAll((imgs) =>
        imgs.map((img) => ({
          src: (img as HTMLImageElement).src,
          loading: img.getAttribute('loading'),
          width: Number(img.getAttribute('width')),
          height: Number(img.getAttribute('height')),
        })),
      );
      await page.close();
      const files = filesOf(area, lang);
      for (const file of files) {
        const link = links.find((l) => l.path === file.path);
        if (!link) {
          problems.push(`/${path}: no download of ${file.path}`);
          continue;
        }
        const served = await fetch(link.href);
        const bytes = (await served.arrayBuffer()).byteLength;
        if (served.status !== 200 || bytes !== file.bytes) {
          problems.push(
            `/${path}: ${link.href} answers ${served.status} with ${bytes} B, expected ${file.bytes} B`,
          );
        }
      }
      // Nothing else from the kit: no file of another area or language.
      for (const link of links) {
        if (!files.some((f) => f.path === link.path))
          problems.push(`/${path}: offers ${link.path}, which is not this page's`);
      }
      // Every download shows what it is: every picture of the kit (one per format), the poster
      // (one preview for its two sizes) and the ZIP have a preview, lazy and sized, and it loads.
      const pictures = new Set(
        files.map((f) =>
          f.fileType === 'png' ? f.format : f.kind === 'poster' || f.kind === 'zip' ? f.kind : '',
        ),
      );
      pictures.delete('');
      const kitPreviews = previews.filter((p) => p.src.includes('/downloads/media-kit/previews/'));
      if (kitPreviews.length !== pictures.size)
        problems.push(`/${path}: ${kitPreviews.length} previews for ${pictures.size} pictures`);
      for (const p of previews) {
        if (p.loading !== 'lazy' || !p.width || !p.height)
          problems.push(`/${path}: preview ${p.src} is not loading="lazy" with width and height`);
        const served = await fetch(p.src);
        const bytes = (await served.arrayBuffer()).byteLength;
        if (served.status !== 200)
          problems.push(`/${path}: preview ${p.src} answers ${served.status}`);
        if (p.src.includes('/media-kit/') && bytes > previewBudget)
          problems.push(`/${path}: preview ${p.src} is ${bytes} B > ${previewBudget} B`);
      }
    });
    await context.close();
    expect(problems).toEqual([]);
  });

  it('copies each alt text, description and post text exactly as the manifest has it, by keyboard', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    const page = await context.newPage();
    for (const { area, lang } of kits) {
      const path = pageOf(area, lang);
      await page.goto(`${site.server.base}${path}`);
      const expected = new Set<string>();
      for (const f of filesOf(area, lang)) {
        if (f.alt !== null) expected.add(f.alt);
        if (f.description !== null && f.description !== f.alt) expected.add(f.description);
        expected.add(f.postTexts.short);
        expected.add(f.postTexts.long);
      }
      const buttons = page.locator('#inlagg button[data-copy], #formats button[data-copy]');
      await buttons.first().waitFor({ state: 'visible' });
      const copied = new Set<string>();
      const done = lang === 'sv' ? 'Kopierat' : 'Copied';
      for (const button of await buttons.all()) {
        // A copy of an unexpected text would fail the set comparison below; clear the
        // clipboard first so a button that copies nothing cannot pass on its neighbour's text.
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await button.focus();
        await page.keyboard.press('Enter');
        await button
          .locator('xpath=following-sibling::*[@role="status"]')
          .filter({ hasText: done })
          .waitFor();
        copied.add(await page.evaluate(() => navigator.clipboard.readText()));
      }
      expect([...copied].sort(), `/${path}`).toEqual([...expected].sort());
    }
    await context.close();
  }, 240_000);

  it('is used by keyboard on a phone: Tab reaches the format menu, every download and every Kopiera, with visible focus', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const path = pageOf('all', 'sv');
    await page.goto(`${site.server.base}${path}`);
    await page.locator('#formats button[data-copy]').first().waitFor({ state: 'visible' });
    const wanted = await page
      .locator('.material-menu a, a[download][data-path], #inlagg button, #formats button')
      .evaluateAll((els) => {
        els.forEach((el, i) => {
          el.setAttribute('data-stop', String(i));
        });
        return els.length;
      });
    const reached = new Set<string>();
    const noFocusRing: string[] = [];
    for (let i = 0; i < 200 && reached.size < wanted; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          stop: el.dataset.stop,
          text: el.textContent.trim().slice(0, 40),
          ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (f.stop === undefined) continue;
      reached.add(f.stop);
      if (!f.ring) noFocusRing.push(`${f.stop}: ${f.text}`);
    }
    expect(reached.size, `/${path}: Tab stops reached`).toBe(wanted);
    expect(noFocusRing).toEqual([]);
    // The format menu takes the reader to the card.
    await page.locator('.material-menu a[href="#story"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#story$/);
    expect(
      await page.locator('#story').evaluate((el) => getComputedStyle(el).outlineStyle),
    ).not.toBe('none');
    await context.close();
  });
});
