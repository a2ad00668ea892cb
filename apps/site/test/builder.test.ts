// The snippet builder in Chromium: its output is createSnippet()'s for every combination of
// its controls, the address keeps the choices, the keyboard path reaches Kopiera with visible
// focus and copies exactly the snippet, the colour switch leaves the choices alone, and the
// communicator's path has no jargon.
import {
  areas,
  colorSchemes,
  createSnippet,
  layouts,
  locales,
  reservationCss,
  sectionHeadingLevels,
  type SnippetOptions,
} from '@ljungby/embed-widget';
import { browserPatience } from '@ljungby/test-browser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builderReservations } from '../src/components/builder/state';
import { siteInChromium } from './support';

const site = siteInChromium();

const snippetOf = (page: Page) => page.locator('#b-snippet').textContent();

interface Combo {
  area: string;
  layout: string;
  lang: string;
  scheme: string;
  level: string;
  reservation: string;
  link: string;
  scriptBase: string;
  contentBase: string;
}

describe('the snippet builder', () => {
  it('shows exactly createSnippet() for every combination of its controls', async () => {
    const texts: Pick<Combo, 'link' | 'scriptBase' | 'contentBase'>[] = [
      { link: 'https://www.ljungby.se/', scriptBase: '', contentBase: '' },
      {
        link: 'https://forening.example/om-ljungby?a=1&b="2"',
        scriptBase: 'https://static.forening.example/embed-widget/',
        contentBase: 'https://static.forening.example/focus-content',
      },
    ];
    const combos: Combo[] = [];
    for (const area of areas)
      for (const layout of layouts)
        for (const lang of locales)
          for (const scheme of colorSchemes)
            for (const level of sectionHeadingLevels)
              for (const reservation of builderReservations)
                // The free-text fields alternate between the defaults and custom addresses
                // (with characters the snippet must escape), so each value meets every other.
                combos.push({
                  area,
                  layout,
                  lang,
                  scheme,
                  level: String(level),
                  reservation,
                  ...(texts[combos.length % texts.length] as (typeof texts)[number]),
                });

    const page = await site.browser.newPage();
    await page.goto(`${site.server.base}badda-in/`);
    await page.locator('#b-copy').waitFor({ state: 'visible' });
    // Set each combination as a person would leave the form, fire the form's events, read back.
    const shown = await page.evaluate((all: Combo[]) => {
      const form = document.getElementById('builder') as HTMLFormElement;
      const set = (name: string, value: string) => {
        const control = form.elements.namedItem(name) as RadioNodeList | HTMLInputElement;
        control.value = value;
      };
      return all.map((c) => {
        set('area', c.area);
        set('layout', c.layout);
        set('lang', c.lang);
        set('scheme', c.scheme);
        set('level', c.level);
        set('reservation', c.reservation);
        set('link', c.link);
        set('script-base', c.scriptBase);
        set('content-base', c.contentBase);
        // As a browser does: the change event comes from a field and bubbles.
        (form.elements.namedItem('area') as HTMLSelectElement).dispatchEvent(
          new Event('change', { bubbles: true }),
        );
        return {
          code: document.getElementById('b-snippet')?.textContent ?? '',
          copy: (document.getElementById('b-copy') as HTMLButtonElement).dataset.copy ?? '',
          query: location.search,
        };
      });
    }, combos);

    const mismatches: string[] = [];
    combos.forEach((c, i) => {
      const options: SnippetOptions = {
        area: c.area as SnippetOptions['area'],
        layout: c.layout as SnippetOptions['layout'],
        locale: c.lang as SnippetOptions['locale'],
        colorScheme: c.scheme as SnippetOptions['colorScheme'],
        headingLevel: Number(c.level) as SnippetOptions['headingLevel'],
        reservation: c.reservation as SnippetOptions['reservation'],
        fallbackHref: c.link,
        ...(c.scriptBase ? { scriptBase: c.scriptBase } : {}),
        ...(c.contentBase ? { contentBase: c.contentBase } : {}),
      };
      const expected = createSnippet(options);
      const got = shown[i];
      if (got?.code !== expected || got.copy !== expected) mismatches.push(JSON.stringify(c));
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(shown).toHaveLength(combos.length);
    console.log(`snippet builder: ${combos.length} combinations equal createSnippet()`);

    // The address keeps the choices: a sample of them, opened afresh, shows the same snippet.
    for (const i of [1, 431, combos.length - 1]) {
      const fresh = await site.browser.newPage();
      await fresh.goto(`${site.server.base}badda-in/${shown[i]?.query ?? ''}`);
      await fresh.locator('#b-copy').waitFor({ state: 'visible' });
      expect(await snippetOf(fresh), `reopened ${shown[i]?.query ?? ''}`).toBe(shown[i]?.code);
      await fresh.close();
    }
    await page.close();
  });

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

  it('keeps the choices and the snippet when the site switches colours', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.base}badda-in/?area=sagobygden&layout=story&level=3`);
    await page.locator('#b-copy').waitFor({ state: 'visible' });
    const before = await snippetOf(page);
    await page.selectOption('#lk-scheme', 'dark');
    await page.selectOption('#lk-scheme', 'light');
    await page.selectOption('#lk-scheme', 'dark');
    expect(await snippetOf(page)).toBe(before);
    expect(before).toBe(createSnippet({ area: 'sagobygden', layout: 'story', headingLevel: 3 }));
    expect(await page.locator('#b-area').inputValue()).toBe('sagobygden');
    expect(new URL(page.url()).search).toBe('?area=sagobygden&layout=story&level=3');
    await page.close();
  });

  it('speaks plainly on the communicator’s path', async () => {
    const jargon = /\b(CSP|SRI|CDN|integrity|inline|layout|h[1-6]|tagline|markdown)\b/gi;
    // The embed package's guides are its own docs; words they still use are listed here so a
    // new one fails, and are reported to the package's owners.
    const knownInGuides: Record<string, string[]> = {
      sitevision: ['cdn', 'csp'],
      // The html guide's "For developers" paragraph (3d99a64) explains SRI, the CDN and CSP.
      html: ['layout', 'sri', 'cdn', 'csp'],
    };
    const page = await site.browser.newPage();
    for (const path of ['badda-in/', 'en/embed/']) {
      await page.goto(`${site.server.base}${path}`);
      await page.locator('#b-copy').waitFor({ state: 'visible' });
      // The page's own words outside the developers' section, the snippet and the guides.
      const own = await page.evaluate(() => {
        const main = document.getElementById('main')?.cloneNode(true) as HTMLElement;
        main.querySelectorAll('details, code, pre, [data-platform], script').forEach((e) => {
          e.remove();
        });
        return main.innerText;
      });
      expect(own.match(jargon), path).toBeNull();
      for (const platform of ['wordpress', 'sitevision', 'wix', 'squarespace', 'html']) {
        const words = await page.locator(`[data-platform=${platform}]`).evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('code').forEach((c) => {
            c.remove();
          });
          return copy.textContent;
        });
        const found = [...new Set((words.match(jargon) ?? []).map((w) => w.toLowerCase()))];
        const unexpected = found.filter((w) => !(knownInGuides[platform] ?? []).includes(w));
        expect(unexpected, `${path} ${platform} guide`).toEqual([]);
        if (found.length) console.log(`${path} ${platform} guide still says: ${found.join(', ')}`);
      }
    }
    await page.close();
  });
});
