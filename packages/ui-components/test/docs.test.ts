// @vitest-environment jsdom
// The README documents the HTML of every component for sites that use the stylesheet alone.
// That HTML is generated from the builders (UPDATE_DOCS=1 writes it), must be what the README
// says, and must parse to the same DOM as React's output for the same props.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { block, documented } from './documented';
import { canonicalChildren } from '@ljungby/test-browser/canonical';

const readme = join(dirname(fileURLToPath(import.meta.url)), '../README.md');
const markerRe = (name: string) =>
  new RegExp(`<!-- html:${name} -->[\\s\\S]*?<!-- /html:${name} -->`, 'u');

if (process.env.UPDATE_DOCS) {
  let text = readFileSync(readme, 'utf8');
  for (const d of documented) text = text.replace(markerRe(d.name), () => block(d));
  writeFileSync(readme, text);
}

const dom = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return canonicalChildren(host);
};

describe('documented HTML', () => {
  const text = readFileSync(readme, 'utf8');
  for (const d of documented) {
    it(`${d.name}: the README shows the builders' HTML, and React renders the same DOM`, () => {
      const found = markerRe(d.name).exec(text)?.[0];
      expect(
        found,
        `README.md has no <!-- html:${d.name} --> block; run npm run docs`,
      ).toBeDefined();
      expect(found, 'README.md is out of date; run npm run docs').toBe(block(d));
      const html = /```html\n([\s\S]*?)\n```/u.exec(found ?? '')?.[1] ?? '';
      expect(dom(html)).toEqual(dom(renderToStaticMarkup(d.react)));
    });
  }
});
