// Every design-token name the content uses exists in @ljungby/design-tokens: the focus areas'
// accent groups (accentToken) and the custom properties the illustrations paint with. A mistyped
// var(--lk-…) would otherwise fall back silently to its hard-coded colour.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { illustrations } from '@ljungby/focus-content/illustrations';
import { published, readJson } from './helpers.ts';
import { locales } from '../src/ids.ts';

interface CatalogEntry {
  path: string;
  cssVariable: string;
}
const catalog = readJson<CatalogEntry[]>(
  createRequire(import.meta.url).resolve('@ljungby/design-tokens/catalog'),
);
const paths = new Set(catalog.map((t) => t.path));
const variables = new Set(catalog.map((t) => t.cssVariable));

describe('token names used in the content', () => {
  it.each(locales.map((l) => [l]))('every accentToken of %s is a token group', (locale) => {
    const missing = published(locale)
      .focusAreas.map((a) => a.accentToken)
      .filter((group) => ![...paths].some((p) => p.startsWith(`${group}.`)));
    expect(missing, 'accentToken names no token group in @ljungby/design-tokens').toEqual([]);
  });

  it('every custom property an illustration paints with is a token', () => {
    const used = Object.entries(illustrations).flatMap(([area, data]) =>
      data.shapes.flatMap((shape) =>
        Object.values(shape.style).flatMap((value) =>
          [...value.matchAll(/var\((--lk-[a-z0-9-]+)/gu)].map((m) => ({ area, name: m[1] ?? '' })),
        ),
      ),
    );
    expect(used.length).toBeGreaterThan(0);
    const unknown = used.filter((u) => !variables.has(u.name)).map((u) => `${u.area}: ${u.name}`);
    expect(unknown, 'custom properties that @ljungby/design-tokens does not define').toEqual([]);
  });
});
