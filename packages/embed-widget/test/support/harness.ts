// One Chromium, one loopback CDN and one host server per test file, and a helper that opens a
// host page holding the recommended snippet and records what the page logged and requested.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { createSnippet, type SnippetOptions } from '../../dist/index.js';
import { launch } from './browser.ts';
import { cdnPackages } from './fixtures.ts';
import { serveCdn, serveHostPages, type Cdn, type HostPages } from '@ljungby/test-browser';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export interface Harness {
  browser: Browser;
  cdn: Cdn;
  host: HostPages;
  widgetBase: string;
  contentBase: string;
  snippet: (options?: SnippetOptions) => string;
  open: (body: string, options?: OpenOptions) => Promise<Opened>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  csp?: string;
  htmlAttrs?: string;
  head?: string;
  context?: BrowserContextOptions;
  /** A script run in the page before anything else (exempt from the page's CSP). */
  init?: string;
  /** The browser's default font size in px (chrome://settings/fonts). @default 16 */
  fontSize?: number;
}

export interface Opened {
  page: Page;
  errors: string[];
  warnings: string[];
  requests: { url: string; headers: Record<string, string> }[];
  close: () => Promise<void>;
}

let pageCount = 0;

export async function startHarness(): Promise<Harness> {
  const [browser, cdn, host] = await Promise.all([
    launch(),
    serveCdn(cdnPackages),
    serveHostPages(),
  ]);
  const widgetBase = `${cdn.origin}/npm/@ljungby/embed-widget@${version}`;
  const contentBase = `${cdn.origin}/npm/@ljungby/focus-content@0.1`;
  return {
    browser,
    cdn,
    host,
    widgetBase,
    contentBase,
    snippet: (options = {}) => createSnippet({ scriptBase: widgetBase, contentBase, ...options }),
    async open(body, options = {}) {
      const path = `/page-${++pageCount}`;
      host.set(path, {
        csp: options.csp,
        body: `<!doctype html><html ${options.htmlAttrs ?? 'lang="sv"'}><head><meta charset="utf-8"><title>Värdsida</title>${options.head ?? ''}</head><body><main>${body}</main></body></html>`,
      });
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        ...options.context,
      });
      if (options.init) await context.addInitScript(options.init);
      const page = await context.newPage();
      if (options.fontSize) {
        const cdp = await context.newCDPSession(page);
        const size = options.fontSize;
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: size } });
      }
      const errors: string[] = [];
      const warnings: string[] = [];
      const requests: Opened['requests'] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
        if (m.type() === 'warning') warnings.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith(host.origin)) requests.push({ url: r.url(), headers: r.headers() });
      });
      await page.goto(`${host.origin}${path}`);
      return { page, errors, warnings, requests, close: () => context.close() };
    },
    async close() {
      await Promise.all([browser.close(), cdn.close(), host.close()]);
    },
  };
}

/** Resolves when the first widget on the page has rendered `count` cards. */
export const cards = (page: Page, count: number, index = 0) =>
  page.waitForFunction(
    ({ count, index }) => {
      const widget = document.querySelectorAll('ljungby-story').item(index) as Element | null;
      return widget?.shadowRoot?.querySelectorAll('.lk-focus-area-card').length === count;
    },
    { count, index },
  );

/** Text of the first widget's shadow root (what a visitor reads). */
export const widgetText = (page: Page, index = 0) =>
  page.evaluate(
    (i) => document.querySelectorAll('ljungby-story')[i]?.shadowRoot?.textContent ?? '',
    index,
  );
