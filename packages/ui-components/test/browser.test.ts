// Every component × the four areas × sv/en × light/dark, with the real stylesheet, in a real
// Chromium: axe must find nothing. The same pages check reflow at 320 px, the focus ring,
// forced colours and reduced motion. One browser and one page for the whole file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { focusAreaIds, locales, type Locale } from '@ljungby/focus-content/ids';
import type { Browser, Page } from 'playwright-core';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ui from '../src/index';
import { launchChromium } from '@ljungby/test-browser';
import { contrastThemeProblems } from '@ljungby/test-browser/contrast-themes';

const here = dirname(fileURLToPath(import.meta.url));
const styles = readFileSync(join(here, '../dist/styles.css'), 'utf8');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** A page with every component, for every area, in one locale and scheme. */
export function kitPage(locale: Locale, scheme: 'light' | 'dark'): string {
  const perArea = focusAreaIds.map((id) =>
    h(
      'div',
      { key: id, 'data-focus-area': id },
      h(ui.FocusAreaCard, { area: id, locale, headingLevel: 2 }),
      h(ui.FocusAreaStory, { area: id, locale, headingLevel: 2 }),
      h(ui.FocusAreaStory, {
        area: id,
        locale,
        headingLevel: 2,
        length: 'short',
        showIllustration: false,
      }),
      h(ui.PartnerList, { area: id, locale }),
      h(ui.VisionBanner, { locale, headingLevel: 2 }),
      h(ui.PartnerLine, { locale, partner: 'Sagomuseet' }),
      h(ui.Attribution, { locale, changed: true }),
      h(
        ui.Stack,
        { gap: 3 },
        h(ui.Heading, { level: 2, size: 'lg' }, `${id}: rubrik`),
        h(ui.Text, { tone: 'subtle', size: 'sm' }, 'Brödtext'),
        h(ui.LinkButton, { href: `/${id}/a` }, `Primär ${id}`),
        h(ui.LinkButton, { href: `/${id}/b`, variant: 'secondary' }, `Sekundär ${id}`),
      ),
    ),
  );
  const tree: ReactElement = h(
    ui.KitProvider,
    { locale, colorScheme: scheme, as: 'main' },
    h(ui.Heading, { level: 1 }, 'Berättarkit'),
    h(ui.FocusAreaGrid, { locale, title: 'Fyra fokusområden', hrefs: { vatten: '/vatten' } }),
    h(ui.VisionBanner, { locale }),
    h(ui.VisionBanner, { locale, showTable: true, headingLevel: 3 }),
    h(ui.KeyFigure, {
      value: '35 000',
      label: 'invånare år 2035',
      source: { title: 'Ljungby kommun', url: 'https://www.ljungby.se/' },
      locale,
    }),
    ...perArea,
  );
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Berättarkit</title><style>${styles}</style></head><body style="margin:0">${renderToStaticMarkup(tree)}</body></html>`;
}

interface AxeResult {
  violations: {
    id: string;
    impact: string;
    nodes: { target: string[]; failureSummary: string }[];
  }[];
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser.close();
});

async function load(locale: Locale, scheme: 'light' | 'dark', width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  await page.setContent(kitPage(locale, scheme));
}

describe('in Chromium with the real stylesheet', () => {
  for (const locale of locales) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`axe finds no violations (${locale}, ${scheme})`, async () => {
        await load(locale, scheme);
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(() =>
          (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run(),
        );
        const summary = result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
        // The page really has everything: the grid's cards and a single card per area, two
        // stories per area, and a chart in each area's part and in the two vision banners.
        const areas = focusAreaIds.length;
        expect(await page.locator('.lk-focus-area-card').count()).toBe(2 * areas);
        expect(await page.locator('.lk-focus-area-story').count()).toBe(2 * areas);
        expect(await page.locator('.lk-vision-banner__svg').count()).toBe(2 + areas);
      });
    }
  }

  it('reflows at 320 px: nothing scrolls sideways, the grid is one column', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await load('sv', scheme, 320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      const lefts = await page
        .locator('.lk-focus-area-grid__item')
        .evaluateAll((items) => items.map((i) => i.getBoundingClientRect().left));
      expect(new Set(lefts).size).toBe(1);
    }
    await load('sv', 'light', 1280);
    const boxes = await page
      .locator('.lk-focus-area-grid__item')
      .evaluateAll((items) => items.map((i) => i.getBoundingClientRect()));
    // At 1280 px the grid's minimum card width leaves room for four columns, filled row by row.
    const columns = new Set(boxes.map((b) => b.left)).size;
    expect(columns).toBe(Math.min(focusAreaIds.length, 4));
    expect(new Set(boxes.map((b) => b.top)).size).toBe(Math.ceil(focusAreaIds.length / columns));
  });

  it('shows a focus ring of the focus-ring token on keyboard focus', async () => {
    await load('sv', 'light');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, style: s.outlineStyle, width: s.outlineWidth };
    });
    expect(ring).toEqual({ tag: 'A', style: 'solid', width: '3px' });
  });

  it('uses system colours for the chart in forced-colours mode, keeps focus and edges, and drops motion on request', async () => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await load('sv', 'light');
    const result = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      const bar = getComputedStyle(
        document.querySelector('.lk-vision-banner__bar:not([data-goal])') as Element,
      );
      const goal = getComputedStyle(
        document.querySelector('.lk-vision-banner__bar[data-goal]') as Element,
      );
      const card = getComputedStyle(document.querySelector('.lk-focus-area-card') as Element);
      const button = getComputedStyle(document.querySelector('.lk-link-button') as Element);
      return {
        bar: bar.fill === canvasText,
        goalStroke: goal.stroke === canvasText,
        cardBorder: card.borderTopStyle !== 'none' && card.borderTopWidth !== '0px',
        buttonBorder:
          button.borderTopStyle !== 'none' && button.borderTopColor !== 'rgba(0, 0, 0, 0)',
        transition: button.transitionDuration,
      };
    });
    // Every Tab stop keeps an outline, every control its edge, and nothing moves.
    const problems = await contrastThemeProblems(page, { tabStops: 30 });
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    expect(problems).toEqual([]);
    expect(result).toEqual({
      bar: true,
      goalStroke: true,
      cardBorder: true,
      buttonBorder: true,
      transition: '0s',
    });
  });
});
