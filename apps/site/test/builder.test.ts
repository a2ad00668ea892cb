// The snippet builder used in Chromium: only the chosen platform's steps, a language link that
// keeps the choices, the keyboard path reaching Kopiera with visible focus and copying exactly
// the snippet, the strict sites' question, and previews labelled with the widths they show.
// Its output for every combination is in builder-snippet.test.ts, its words in
// builder-plain-words.test.ts. The accessibility statement (src/lib/statement/checks.ts) points
// at the keyboard test by this file's name.
import { createSnippet, reservationCss } from '@ljungby/embed-widget';
import { browserPatience } from '@ljungby/test-browser';
import { describe, expect, it } from 'vitest';
import { siteInChromium, snippetOf } from './support';

const site = siteInChromium();

describe('the snippet builder', () => {
  it('shows only the chosen platform’s steps, and the language link keeps the choices', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.base}badda-in/?area=vatten`);
    await page.locator('#b-copy').waitFor({ state: 'visible' });
    for (const platform of ['wordpress', 'sitevision', 'wix', 'squarespace', 'html']) {
      await page.selectOption('#b-platform', platform);
      const visible = await page
        .locator('[data-platform]:visible')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.platform));
      expect(visible).toEqual([platform]);
    }
    expect(await page.locator('a.site-lang').getAttribute('href')).toBe(
      '/en/embed/?area=vatten&platform=html',
    );
    // The way to the material leads to the chosen area's page, and back to all when none is.
    expect(await page.locator('#b-material').getAttribute('href')).toBe(
      '/texter-och-bilder/vatten/',
    );
    await page.selectOption('#b-area', 'all');
    expect(await page.locator('#b-material').getAttribute('href')).toBe('/texter-och-bilder/');
    await page.selectOption('#b-area', 'vatten');
    await page.click('a.site-lang');
    // The English page, once its script has put the address's choices into the form (the old
    // page's button is visible too until the new page has loaded).
    await page.waitForURL('**/en/embed/**');
    await page.locator('#b-copy').waitFor({ state: 'visible' });
    await expect
      .poll(() => page.locator('#b-area').inputValue(), { timeout: browserPatience })
      .toBe('vatten');
    expect(await page.locator('#b-platform').inputValue()).toBe('html');
    await page.close();
  });

  it('is reached and used by keyboard: Tab order, visible focus, Kopiera by Enter copies the snippet', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.base}badda-in/`);
    await page.locator('#b-copy').waitFor({ state: 'visible' });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          key:
            el.id ||
            `${el.tagName.toLowerCase()}[name=${el.getAttribute('name') ?? ''}]${el.getAttribute('href') ?? ''}`,
          outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
    const order: string[] = [];
    const noFocusRing: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      order.push(f.key);
      if (!f.outline) noFocusRing.push(f.key);
      if (f.key === 'b-copy') break;
    }
    // The form in reading order, then Kopiera right after the last field.
    const form = [
      'b-area',
      'input[name=layout]',
      'input[name=lang]',
      'input[name=scheme]',
      'b-level',
      'b-link',
      'input[name=reservation]',
      'b-copy',
    ];
    const start = order.indexOf('b-area');
    expect(order[0]).toBe('a[name=]#main');
    expect(order.slice(start)).toEqual(form);
    expect(noFocusRing).toEqual([]);

    // Choose by keyboard: the first area, the whole story, English; then Kopiera with Enter.
    await page.focus('#b-area');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.focus('#b-copy');
    await page.keyboard.press('Enter');
    await page.locator('#b-copy + [role=status]').filter({ hasText: 'Kopierat' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(createSnippet({ area: 'unga-vuxna', layout: 'story', locale: 'en' }));
    expect(await snippetOf(page)).toBe(copied);
    await context.close();
  });

  it('asks strict sites one plain question, and Ja gives the rules for their own stylesheet', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.origin,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.base}badda-in/?area=vatten&layout=story`);
    await page.locator('#b-copy').waitFor({ state: 'visible' });
    const question = page.getByRole('group', {
      name: 'Tillåter din webbplats bara egna stilmallar?',
    });
    // Nej by default: the snippet links the stylesheet, and there are no rules to copy.
    expect(await question.getByRole('radio', { name: 'Nej' }).isChecked()).toBe(true);
    expect(await page.locator('#b-reservation').isVisible()).toBe(false);
    await question.getByRole('radio', { name: 'Ja' }).check();
    const options = { area: 'vatten', layout: 'story', reservation: 'none' } as const;
    expect(await snippetOf(page)).toBe(createSnippet(options));
    expect(await snippetOf(page)).not.toContain('rel="stylesheet"');
    expect(await page.locator('#b-reservation-css').textContent()).toBe(reservationCss(options));
    expect(new URL(page.url()).search).toBe('?area=vatten&layout=story&reservation=none');
    await page.locator('#b-copy-css').click();
    await page.locator('#b-copy-css + [role=status]').filter({ hasText: 'Kopierat' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reservationCss(options));
    // A reload keeps the answer.
    await page.reload();
    await page.locator('#b-copy').waitFor({ state: 'visible' });
    expect(await question.getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);
    expect(await page.locator('#b-reservation').isVisible()).toBe(true);
    await context.close();
  });

  it('labels each preview with the width it really shows, on a phone and on a wide screen', async () => {
    for (const width of [390, 1280]) {
      const page = await site.browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(`${site.server.base}badda-in/?area=vatten`);
      await page.locator('#b-copy').waitFor({ state: 'visible' });
      // Each shown preview's caption names its inside width; a hidden one is not offered.
      await expect
        .poll(() =>
          page.locator('.builder__frame').evaluateAll((frames) =>
            frames
              .filter((f) => getComputedStyle(f).display !== 'none')
              .map((f) => {
                const box = f.querySelector('.builder__box') as HTMLElement;
                const named = /\((\d+) pi/.exec(f.querySelector('figcaption')?.textContent ?? '');
                return Number(named?.[1]) - box.clientWidth;
              }),
          ),
        )
        .toEqual(width === 390 ? [0] : [0, 0]);
      await page.close();
    }
  });
});
