// @vitest-environment jsdom
// The README documents the HTML of every component for sites that use the stylesheet alone.
// That HTML is rendered from today's content by the builders (scripts/documented-html.ts, which
// `npm run docs` writes), must be what the README says, and must parse to the same DOM as React's
// output for the same props.
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { canonicalChildren } from '@ljungby/test-browser/canonical';
import { readmeBlock, readmePath } from '../scripts/documented-html';
import { documented } from './documented';

const markerRe = (name: string) =>
  new RegExp(`<!-- html:${name} -->[\\s\\S]*?<!-- /html:${name} -->`, 'u');

const dom = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return canonicalChildren(host);
};

describe('documented HTML', () => {
  const text = readFileSync(readmePath, 'utf8');
  for (const d of documented) {
    it(`${d.name}: the README shows today's content through the builders, and React renders the same DOM`, () => {
      const found = markerRe(d.name).exec(text)?.[0];
      expect(
        found,
        `README.md has no <!-- html:${d.name} --> block; run npm run docs`,
      ).toBeDefined();
      expect(found, 'README.md is out of date; run npm run docs').toBe(readmeBlock(d));
      const html = /```html\n([\s\S]*?)\n```/u.exec(found ?? '')?.[1] ?? '';
      expect(dom(html)).toEqual(dom(renderToStaticMarkup(d.react)));
    });
  }
});
