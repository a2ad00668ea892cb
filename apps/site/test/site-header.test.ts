// The site's header on a phone and its colour choice: within 120 px at 390 px with every
// function one tap away, and the colour switch working without a script, remembered on the
// visitor's own device and nowhere else, with a skip link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { values } from '@ljungby/design-tokens';
import { describe, expect, it } from 'vitest';
import { dist, siteInChromium, sitePages } from './support';

const pages = sitePages();
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

const site = siteInChromium();

describe('the partner site’s header', () => {
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
});
