// A page with only @ljungby/ui-components/styles.css and the documented HTML (no JavaScript)
// must look like the React rendering of the same components: same elements, same attributes,
// same computed styles. Both show today's texts: the example's HTML is rendered from the content
// (npm run refresh:copies), and the word check fails when the committed page differs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVision } from '@ljungby/focus-content';
import { FocusAreaGrid, KeyFigure, KitProvider } from '@ljungby/ui-components';
import { createElement as e } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, projectDir, serveFolder } from './support.ts';

let site: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  const dir = projectDir('plain-html');
  const fact = getVision('sv').facts[0];
  if (!fact) throw new Error('the vision has no facts');
  const react = renderToStaticMarkup(
    e(
      KitProvider,
      { locale: 'sv', as: 'main' },
      e('h1', null, 'Ljungby kommuns fokusområden'),
      e(FocusAreaGrid, {
        locale: 'sv',
        title: 'Fyra fokusområden',
        headingLevel: 2,
        showIllustrations: false,
      }),
      e(KeyFigure, { value: fact.value, label: fact.label, source: fact.source, locale: 'sv' }),
    ),
  );
  writeFileSync(
    join(dir, 'react.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>React</title><link rel="stylesheet" href="node_modules/@ljungby/ui-components/dist/styles.css"></head><body>${react}</body></html>`,
  );
  site = await serveFolder(dir);
});
afterAll(async () => {
  await site.close();
});

/** Every element under <main>: tag, attributes and the computed styles that make the look. */
const describePage = () => {
  const props = [
    'display',
    'font-family',
    'font-size',
    'font-weight',
    'color',
    'background-color',
    'padding-top',
    'padding-left',
    'margin-top',
    'border-top-width',
    'border-top-color',
    'border-radius',
    'grid-template-columns',
    'gap',
  ];
  return [...document.querySelectorAll('main, main *')].map((el) => {
    const cs = getComputedStyle(el);
    const attrs = [...el.attributes]
      .map((a) => (a.name === 'href' ? 'href' : `${a.name}=${a.value}`))
      .sort();
    return `${el.localName}[${attrs.join(' ')}] ${props.map((p) => cs.getPropertyValue(p)).join('|')}`;
  });
};

describe('the documented HTML with the stylesheet alone', () => {
  it('matches the React rendering in Chromium, at 320 px and at 1280 px', async () => {
    const browser = await launch();
    try {
      for (const width of [320, 1280]) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          javaScriptEnabled: false,
        });
        await page.goto(`${site.base}index.html`);
        const plain = await page.evaluate(describePage);
        const reflow = await page.evaluate(
          () => document.documentElement.scrollWidth <= window.innerWidth,
        );
        await page.goto(`${site.base}react.html`);
        const react = await page.evaluate(describePage);
        expect(plain.length).toBeGreaterThan(20);
        expect(plain).toEqual(react);
        expect(reflow, `no horizontal scroll at ${width} px`).toBe(true);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
