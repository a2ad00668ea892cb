// The widget in the pages partners really have: each host page must show the story, keep its
// own look, leave the page's look alone, log no errors and pass axe inside the widget.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSnippet, reservationCss, type SnippetOptions } from '../dist/index.js';
import { launch } from './support/browser.ts';
import { cdnPackages, styleProps } from './support/fixtures.ts';
import { serveCdn, serveHostPages, type Cdn, type HostPages } from '@ljungby/test-browser';
import { contrastThemeContext, contrastThemeProblems } from '@ljungby/test-browser/contrast-themes';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

let browser: Browser;
let cdn: Cdn;
let host: HostPages;
let widgetBase: string;
let contentBase: string;

beforeAll(async () => {
  [browser, cdn, host] = await Promise.all([launch(), serveCdn(cdnPackages), serveHostPages()]);
  widgetBase = `${cdn.origin}/npm/@ljungby/embed-widget@${version}`;
  contentBase = `${cdn.origin}/npm/@ljungby/focus-content@0.1`;
});
afterAll(async () => {
  await Promise.all([browser.close(), cdn.close(), host.close()]);
});

interface HostCase {
  name: string;
  css?: string;
  htmlAttrs?: string;
  csp?: string;
  viewport?: { width: number; height: number };
  snippet?: SnippetOptions;
  /** Styles come from a same-origin stylesheet (for a CSP without inline styles). */
  externalCss?: boolean;
}

const hostMarkup = `
<header class="host-header"><h1 class="host-title">Föreningen Exempel</h1>
<p class="host-text">Vi berättar om Ljungby kommun. <a class="host-link" href="#om">Om oss</a></p></header>
<main class="host-main"><h2 class="host-subtitle">Fokusområden</h2><div class="host-box">%WIDGET%</div>
<p class="host-text" id="om">Text efter widgeten.</p></main>`;

function hostPage(c: HostCase, withWidget: boolean, path: string) {
  const snippet = createSnippet({
    scriptBase: widgetBase,
    contentBase,
    ...c.snippet,
    ...(c.externalCss ? { reservation: 'none' as const } : {}),
  });
  const css = `${c.css ?? ''}\n${c.externalCss ? reservationCss(c.snippet) : ''}`;
  if (c.externalCss) host.set(`${path}.css`, { body: css, type: 'text/css' });
  const styles = c.externalCss
    ? `<link rel="stylesheet" href="${path}.css">`
    : `<style>${css}</style>`;
  const body = hostMarkup.replace('%WIDGET%', withWidget ? snippet : '');
  return `<!doctype html><html ${c.htmlAttrs ?? 'lang="sv"'}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Värdsida</title>${styles}</head>
<body>${body}</body></html>`;
}

/** Computed styles of a selector list in the page, or inside the widget's shadow root. */
function fingerprint(page: Page, selectors: string[], inWidget: boolean) {
  return page.evaluate(
    ({ selectors, inWidget, props }) => {
      const root = inWidget ? document.querySelector('ljungby-story')?.shadowRoot : document;
      return Object.fromEntries(
        selectors.map((s) => {
          const el = root?.querySelector(s);
          const cs = el ? getComputedStyle(el) : undefined;
          return [s, cs ? Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])) : null];
        }),
      );
    },
    { selectors, inWidget, props: [...styleProps] },
  );
}

const widgetParts = [
  '.lk-root',
  '.lk-focus-area-card',
  '.lk-focus-area-card__title',
  '.lk-focus-area-card__text',
  '.lk-focus-area-card__link',
];
const hostParts = [
  'body',
  '.host-title',
  '.host-subtitle',
  '.host-text',
  '.host-link',
  '.host-box',
];

async function open(c: HostCase, withWidget = true, context: BrowserContextOptions = {}) {
  const path = `/${c.name.replace(/\W+/g, '-')}${withWidget ? '' : '-without'}`;
  host.set(path, { body: hostPage(c, withWidget, path), csp: c.csp });
  const ctx = await browser.newContext({
    viewport: c.viewport ?? { width: 1280, height: 900 },
    ...context,
  });
  const page = await ctx.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${host.origin}${path}`);
  return { page, errors, warnings, close: () => ctx.close() };
}

const waitForCards = (page: Page, count: number) =>
  page.waitForFunction(
    (n) =>
      document.querySelector('ljungby-story')?.shadowRoot?.querySelectorAll('.lk-focus-area-card')
        .length === n,
    count,
  );

async function axeInWidget(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            el: Element,
            o: object,
          ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const el = document.querySelector('ljungby-story') as Element;
    const result = await axe.run(el, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

const preflight = `*,::after,::before{box-sizing:border-box;border:0 solid;margin:0;padding:0}
html{line-height:1.5;font-family:ui-sans-serif,system-ui,sans-serif}h1,h2,h3,h4,h5,h6{font-size:inherit;font-weight:inherit}
a{color:inherit;text-decoration:inherit}ol,ul,menu{list-style:none}img,svg,video{display:block;vertical-align:middle;max-width:100%;height:auto}`;

const cases: HostCase[] = [
  { name: 'plain page' },
  {
    name: 'aggressive resets',
    css: `* { all: unset } div, p, a, h2, img { color: magenta !important; font-size: 40px !important; margin: 30px !important; display: block !important } html { font-family: cursive; font-style: italic; letter-spacing: 0.2em; text-transform: uppercase; text-align: center }`,
  },
  { name: 'root font size 62.5 %', css: `html { font-size: 62.5% } body { font-size: 1.6rem }` },
  { name: 'tailwind preflight', css: preflight },
  {
    name: 'bootstrap-like theme',
    css: `:root{--bs-body-font-family:"Helvetica Neue",Arial;--bs-body-color:#212529}body{font-family:var(--bs-body-font-family);font-size:1rem;line-height:1.5;color:var(--bs-body-color);margin:0}
h1,h2,h3{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2}a{color:#0d6efd;text-decoration:underline}p{margin-top:0;margin-bottom:1rem}.host-box{padding:12px;border:1px solid #dee2e6;border-radius:6px}`,
  },
  {
    name: 'dark host',
    css: `html { background: #121212; color: #eeeeee; color-scheme: dark } a { color: #9cf }`,
  },
  {
    name: 'rtl host',
    htmlAttrs: 'lang="sv" dir="rtl"',
    css: `body { direction: rtl; text-align: right; font-family: serif }`,
  },
  { name: '320 px viewport', viewport: { width: 320, height: 640 } },
  {
    name: 'strict CSP',
    externalCss: true,
    css: `body { font-family: Georgia, serif }`,
    csp: "default-src 'self'; script-src %CDN%; connect-src %CDN%; style-src 'self'",
  },
  {
    name: 'trusted types enforced',
    css: `body { font-family: Arial }`,
    csp: "require-trusted-types-for 'script'; trusted-types 'none'",
  },
];

describe('the widget in host pages', () => {
  let baseline: Awaited<ReturnType<typeof fingerprint>>;

  for (const c of cases) {
    it(`${c.name}: renders, stays isolated both ways, logs no errors and passes axe`, async () => {
      const hostCase = {
        ...c,
        csp: c.csp?.replaceAll('%CDN%', cdn.origin),
        snippet: { area: 'all' as const, ...c.snippet },
      };
      const withWidget = await open(hostCase);
      await waitForCards(withWidget.page, focusAreaIds.length);
      const widget = await fingerprint(withWidget.page, widgetParts, true);
      for (const part of widgetParts) expect(widget[part], part).not.toBeNull();
      if (c.name === 'plain page') baseline = widget;
      else if (c.name !== '320 px viewport') expect(widget).toEqual(baseline);

      // The page looks the same with and without the widget.
      const without = await open(hostCase, false);
      expect(await fingerprint(withWidget.page, hostParts, false)).toEqual(
        await fingerprint(without.page, hostParts, false),
      );
      await without.close();

      // Reflow: nothing inside the widget is wider than the widget.
      const overflow = await withWidget.page.evaluate(() => {
        const el = document.querySelector('ljungby-story') as HTMLElement;
        const root = el.shadowRoot?.querySelector('.lk-root') as HTMLElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);

      expect(await axeInWidget(withWidget.page)).toEqual([]);
      expect(withWidget.errors).toEqual([]);
      expect(withWidget.warnings).toEqual([]);
      await withWidget.close();
    });
  }
});

describe("the widget's own schemes and layouts pass axe", () => {
  const variants: { name: string; snippet: SnippetOptions; systemDark?: boolean }[] = [
    { name: 'dark cards', snippet: { area: 'all', colorScheme: 'dark' } },
    {
      name: 'auto cards on a dark system',
      snippet: { area: 'all', colorScheme: 'auto' },
      systemDark: true,
    },
    { name: 'story, light', snippet: { area: 'sagobygden', layout: 'story' } },
    {
      name: 'all stories, dark, English',
      snippet: { area: 'all', layout: 'story', locale: 'en', colorScheme: 'dark' },
    },
  ];
  for (const v of variants) {
    it(v.name, async () => {
      const o = await open({ name: `variant ${v.name}`, snippet: v.snippet }, true, {
        colorScheme: v.systemDark ? 'dark' : 'light',
      });
      await o.page.waitForFunction(() =>
        document.querySelector('ljungby-story')?.shadowRoot?.querySelector('.lk-root'),
      );
      if (v.systemDark) {
        // The auto scheme follows the system: the surface is the dark one.
        const background = await o.page.evaluate(
          () =>
            getComputedStyle(
              document
                .querySelector('ljungby-story')
                ?.shadowRoot?.querySelector('.lk-root') as Element,
            ).backgroundColor,
        );
        expect(background).toBe('rgb(17, 20, 24)');
      }
      expect(await axeInWidget(o.page)).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.close();
    });
  }
});

describe('the widget in a contrast theme, with reduced motion', () => {
  it('keeps focus and borders visible in the cards and the stories, and nothing moves', async () => {
    const problems: string[] = [];
    for (const layout of ['card', 'story'] as const) {
      const o = await open(
        { name: `contrast theme ${layout}`, snippet: { area: 'all', layout } },
        true,
        contrastThemeContext,
      );
      // Drawn: the kit's root in the shadow tree, and no longer the fallback link's slot.
      await o.page.waitForFunction(() => {
        const root = document.querySelector('ljungby-story')?.shadowRoot;
        return !!root?.querySelector('.lk-root') && !root.querySelector('slot');
      });
      for (const p of await contrastThemeProblems(o.page, { tabStops: 20 }))
        problems.push(`${layout}: ${p}`);
      await o.close();
    }
    expect(problems).toEqual([]);
  });
});
