// What the built pages hold, read from dist/ in plain Node: every page a route names exists,
// and every material page offers each text to copy and the credit line to write under it.
// (pages, page-weights, site-header, page-links and media-kit.test.ts check the same pages in
// Chromium, with axe.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  blocksToMarkdown,
  blocksToPlainText,
  focusAreaIds,
  getCreditLine,
  getFocusArea,
  getVision,
  locales,
  type Locale,
} from '@ljungby/focus-content';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  materialPath,
  pagePath,
  routes,
  type MaterialId,
  type RouteKey,
} from '../../src/lib/routes';
import { materialWords } from '../../src/lib/material-words';
import { dist } from '../support';

const html = (path: string) => {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path}index.html is not in dist/: run the site's build`);
  return readFileSync(file, 'utf8');
};
const page = (path: string) => new JSDOM(html(path)).window.document;
/** The page's language, from its <html> start tag (parsing every page whole takes seconds). */
const langOf = (path: string) =>
  /^<!DOCTYPE html>\s*<html\b[^>]*\slang="([^"]*)"/iu.exec(html(path))?.[1];
const copies = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('button[data-copy]')].map((b) => b.dataset.copy);

const texts = (id: MaterialId, locale: Locale): string[] => {
  if (id === 'vision') {
    const vision = getVision(locale);
    return [vision.statement, vision.summary.short, blocksToPlainText(vision.long)];
  }
  if (id === 'all') return [];
  const area = getFocusArea(id, locale);
  return [
    area.summary.short,
    area.summary.medium,
    blocksToPlainText(area.long),
    blocksToMarkdown(area.long),
    area.illustration.alt,
  ];
};

describe('the built site', () => {
  it('has every page the routes name, in its language', () => {
    for (const locale of locales)
      for (const key of Object.keys(routes) as RouteKey[])
        expect(langOf(pagePath(key, locale)), `${key} ${locale}`).toBe(locale);
  });

  const materialPages = locales.flatMap((locale) =>
    (['vision', 'all', ...focusAreaIds] as const).map((id) => ({ locale, id })),
  );
  it.each(materialPages)(
    '$locale $id: offers its texts to copy, and the credit line under a heading of its own',
    ({ locale, id }) => {
      const doc = page(materialPath(locale, id));
      const offered = copies(doc);
      for (const text of [...texts(id, locale), getCreditLine(locale)])
        expect(offered, `${materialPath(locale, id)}: ${text.slice(0, 40)}`).toContain(text);
      const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent.trim());
      expect(headings).toContain(materialWords[locale].credit);
    },
  );
});
