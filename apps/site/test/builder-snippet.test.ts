// The snippet builder's output in Chromium: createSnippet()'s for every combination of its
// controls, on the page and on the Kopiera button, kept by the address, and kept when the site
// switches colours.
import {
  areas,
  colorSchemes,
  createSnippet,
  layouts,
  locales,
  sectionHeadingLevels,
  type SnippetOptions,
} from '@ljungby/embed-widget';
import { describe, expect, it } from 'vitest';
import { builderReservations } from '../src/components/builder/state';
import { siteInChromium, snippetOf } from './support';

const site = siteInChromium();

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
});
