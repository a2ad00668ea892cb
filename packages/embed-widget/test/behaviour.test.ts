// How the widget behaves for partners: fallbacks, events, re-rendering, bad attributes, loading
// twice, late elements, lazy loading and privacy. Real Chromium, real CDN layout on loopback.
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cards, startHarness, widgetText, type Harness } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const fallbackVisible = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const link = document.querySelector('ljungby-story a');
    const box = link?.getBoundingClientRect();
    return { text: link?.textContent, visible: !!box && box.width > 0 && box.height > 0 };
  });

describe('fallback', () => {
  it('shows the link when JavaScript is off', async () => {
    const o = await h.open(h.snippet({ area: 'vatten' }), {
      context: { javaScriptEnabled: false },
    });
    expect(await fallbackVisible(o.page)).toEqual({
      text: 'Vatten – ett av Ljungby kommuns fokusområden',
      visible: true,
    });
    await o.close();
  });

  for (const [name, fault] of [
    ['the data answers 404', { status: 404 }],
    ['the network fails', { networkError: true }],
  ] as const) {
    it(`keeps the link and fires ljungby-story:error when ${name}`, async () => {
      h.cdn.fault('/json/sv/vatten.card.json', fault);
      const o = await h.open(
        `${h.snippet({ area: 'vatten' })}<script>document.addEventListener('ljungby-story:error', (e) => { window.errorDetail = e.detail; });</script>`,
      );
      const detail = await o.page.waitForFunction(
        () => (window as unknown as { errorDetail?: unknown }).errorDetail,
      );
      const received = (await detail.jsonValue()) as { reason?: unknown };
      expect(received).toMatchObject({ area: 'vatten', locale: 'sv' });
      expect(typeof received.reason).toBe('string');
      expect(await fallbackVisible(o.page)).toEqual({
        text: 'Vatten – ett av Ljungby kommuns fokusområden',
        visible: true,
      });
      expect(o.warnings.join('\n')).toContain('could not load (');
      h.cdn.fault('/json/sv/vatten.card.json', undefined);
      await o.close();
    });
  }
});

describe('events and updates', () => {
  it('fires ljungby-story:ready, bubbling and composed, with the options used', async () => {
    const o = await h.open(
      `${h.snippet({ area: 'sagobygden', locale: 'en', headingLevel: 3 })}<script>document.addEventListener('ljungby-story:ready', (e) => { window.readyDetail = { ...e.detail, composed: e.composed, bubbles: e.bubbles }; });</script>`,
    );
    const detail = await o.page.waitForFunction(
      () => (window as unknown as { readyDetail?: unknown }).readyDetail,
    );
    expect(await detail.jsonValue()).toEqual({
      area: 'sagobygden',
      layout: 'card',
      locale: 'en',
      colorScheme: 'light',
      headingLevel: 3,
      composed: true,
      bubbles: true,
    });
    expect(
      await o.page.evaluate(
        () => document.querySelector('ljungby-story')?.shadowRoot?.querySelector('h3')?.textContent,
      ),
    ).toBe('Sagobygden');
    await o.close();
  });

  it('re-renders when attributes change after render', async () => {
    const o = await h.open(h.snippet({ area: 'vatten' }));
    await cards(o.page, 1);
    expect(await widgetText(o.page)).toContain('Vatten');
    await o.page.evaluate(() => {
      const el = document.querySelector('ljungby-story') as HTMLElement;
      el.setAttribute('lang', 'en');
      el.setAttribute('color-scheme', 'dark');
    });
    await o.page.waitForFunction(() =>
      document
        .querySelector('ljungby-story')
        ?.shadowRoot?.querySelector('.lk-root[data-color-scheme="dark"][lang="en"]'),
    );
    expect(await widgetText(o.page)).toContain('Water');
    await o.page.evaluate(() =>
      document.querySelector('ljungby-story')?.setAttribute('area', 'all'),
    );
    await cards(o.page, focusAreaIds.length);
    await o.page.evaluate(() =>
      document.querySelector('ljungby-story')?.setAttribute('layout', 'story'),
    );
    await o.page.waitForFunction(
      (count) =>
        document
          .querySelector('ljungby-story')
          ?.shadowRoot?.querySelectorAll('.lk-focus-area-story').length === count,
      focusAreaIds.length,
    );
    expect(o.errors).toEqual([]);
    await o.close();
  });

  it('renders elements added to the page later', async () => {
    const o = await h.open(h.snippet({ area: 'vatten' }));
    await cards(o.page, 1);
    await o.page.evaluate(() => {
      const el = document.createElement('ljungby-story');
      el.setAttribute('area', 'naringsliv');
      el.setAttribute(
        'content-base',
        document.querySelector('ljungby-story')?.getAttribute('content-base') ?? '',
      );
      document.querySelector('main')?.append(el);
    });
    await cards(o.page, 1, 1);
    expect(await widgetText(o.page, 1)).toContain('Näringsliv');
    expect(o.errors).toEqual([]);
    await o.close();
  });

  it('is harmless when the script is included twice', async () => {
    const snippet = h.snippet({ area: 'all' });
    const script = /<script[\s\S]*<\/script>/.exec(snippet)?.[0] ?? '';
    const o = await h.open(`${snippet}\n${script}`);
    await cards(o.page, focusAreaIds.length);
    // Both scripts ran before the load event (goto waits for it); a second render would fetch
    // its data again, so wait until the page has stopped fetching.
    await o.page.waitForLoadState('networkidle');
    expect(o.errors).toEqual([]);
    expect(
      await o.page.evaluate(
        () =>
          document.querySelector('ljungby-story')?.shadowRoot?.querySelectorAll('.lk-root').length,
      ),
    ).toBe(1);
    await o.close();
  });
});

describe('bad attributes', () => {
  it('fall back sensibly with one console warning and never throw', async () => {
    const o = await h.open(
      `<ljungby-story area="bolmen" lang="fi" heading-level="9" layout="poster" color-scheme="pink" content-base="${h.contentBase}"><a href="https://www.ljungby.se/">Ljungby kommun</a></ljungby-story>
       <script src="${h.widgetBase}/dist/embed.js"></script>`,
    );
    await cards(o.page, focusAreaIds.length);
    expect(o.errors).toEqual([]);
    expect(o.warnings).toHaveLength(1);
    const warning = o.warnings[0] ?? '';
    for (const part of [
      'area="bolmen"',
      'lang="fi"',
      'heading-level="9"',
      'layout="poster"',
      'color-scheme="pink"',
      '"vatten"',
    ]) {
      expect(warning).toContain(part);
    }
    // The page is Swedish, so the story is too; headings fall back to level 2.
    expect(
      await o.page.evaluate(
        () => document.querySelector('ljungby-story')?.shadowRoot?.querySelectorAll('h2').length,
      ),
    ).toBe(focusAreaIds.length);
    expect(await widgetText(o.page)).toContain('Unga vuxna');
    await o.close();
  });

  it('take the language from the nearest ancestor, then <html lang>', async () => {
    const o = await h.open(
      `<section lang="en-GB">${h.snippet({ area: 'vatten' }).replace(' lang="sv"', '')}</section>`,
      {
        htmlAttrs: 'lang="sv"',
      },
    );
    await cards(o.page, 1);
    expect(await widgetText(o.page)).toContain('Water');
    await o.close();
  });
});

describe('loading and privacy', () => {
  // The snippet preloads the texts with the page (one round trip sooner); the widget draws only
  // near the viewport, from that one request.
  it('draws only when the widget nears the viewport, from the one preloaded request', async () => {
    const before = h.cdn.log.length;
    const o = await h.open(
      `<div style="height:5000px"></div>${h.snippet({ area: 'vatten', locale: 'en' })}`,
    );
    // The element is defined and has had its first intersection check: observers report in the
    // frame after observe(), so two frames after the definition the answer is in.
    await o.page.evaluate(async () => {
      await customElements.whenDefined('ljungby-story');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const fetched = () => h.cdn.log.slice(before).filter((p) => p.includes('/json/'));
    const drawn = () =>
      o.page.evaluate(() => !!document.querySelector('ljungby-story')?.shadowRoot?.firstChild);
    expect(await drawn()).toBe(false);
    await o.page.evaluate(() => {
      window.scrollTo(0, document.body.scrollHeight);
    });
    await cards(o.page, 1);
    expect(fetched()).toEqual(['/npm/@ljungby/focus-content@0.1/dist/json/en/vatten.card.json']);
    await o.close();
  });

  it('sets no cookies, stores nothing and sends no referrer or credentials', async () => {
    const before = h.cdn.seen.length;
    const o = await h.open(h.snippet({ area: 'all' }), {
      head: `<script>
        window.storageWrites = 0;
        for (const s of [localStorage, sessionStorage]) { const set = s.setItem.bind(s); s.setItem = (k, v) => { window.storageWrites++; set(k, v); }; }
        const open = indexedDB.open.bind(indexedDB); indexedDB.open = (...a) => { window.storageWrites++; return open(...a); };
      </script>`,
    });
    await cards(o.page, focusAreaIds.length);
    const state = await o.page.evaluate(() => ({
      cookies: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      writes: (window as unknown as { storageWrites: number }).storageWrites,
    }));
    expect(state).toEqual({ cookies: '', local: 0, session: 0, writes: 0 });
    expect(await o.page.context().cookies()).toEqual([]);
    // Exactly the stylesheet, the script and the data, all from the CDN, none carrying a
    // referrer or cookies, each asked for once (the CSS and the data preloaded by the snippet).
    expect(o.requests.map((r) => new URL(r.url).pathname).sort()).toEqual([
      '/npm/@ljungby/embed-widget@0.1.0/dist/css/card.css',
      '/npm/@ljungby/embed-widget@0.1.0/dist/embed.js',
      '/npm/@ljungby/embed-widget@0.1.0/dist/reserve/all-card.css',
      '/npm/@ljungby/focus-content@0.1/dist/json/sv/all.json',
    ]);
    // What the CDN received: no Referer and no Cookie header on any request.
    const received = h.cdn.seen.slice(before);
    expect(received).toHaveLength(4);
    for (const r of received)
      expect(r).toEqual({ path: r.path, referer: undefined, cookie: undefined });
    await o.close();
  });
});
