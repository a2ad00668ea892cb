// The per-area files the embed fetches must say exactly what the locale files say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusAreaIds, getContent, illustrations, locales } from '@ljungby/focus-content';

const json = join(import.meta.dirname, '../dist/json');
const read = <T = unknown>(path: string) => JSON.parse(readFileSync(join(json, path), 'utf8')) as T;

describe('dist/json/<locale>/<id>.json and all.json', () => {
  for (const locale of locales) {
    const content = getContent(locale);
    it(`${locale}: each area file holds that area in full and its illustration`, () => {
      for (const id of focusAreaIds) {
        expect(read(`${locale}/${id}.json`)).toEqual({
          locale,
          version: content.version,
          license: content.license,
          focusAreas: [content.focusAreas.find((a) => a.id === id)],
          illustrations: { [id]: illustrations[id] },
        });
      }
    });
    it(`${locale}: the card files and all.json hold what the cards show, as in the full file`, () => {
      const all = read<{ focusAreas: Record<string, unknown>[] }>(`${locale}/all.json`);
      expect(all.focusAreas.map((a) => a.id)).toEqual([...focusAreaIds]);
      for (const id of focusAreaIds) {
        const one = read<{ focusAreas: Record<string, unknown>[] }>(`${locale}/${id}.card.json`);
        expect(one.focusAreas).toEqual([all.focusAreas.find((a) => a.id === id)]);
      }
      for (const area of all.focusAreas) {
        expect(content.focusAreas.find((a) => a.id === area.id)).toMatchObject(area);
        expect(Object.keys(area).sort()).toEqual([
          'callToAction',
          'id',
          'illustration',
          'name',
          'official',
          'summary',
        ]);
      }
    });
  }
});
