// The per-area files the embed fetches must say exactly what the locale files say, cut down.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusAreaIds, getContent, illustrations, locales } from '@ljungby/focus-content';

const json = join(import.meta.dirname, '../dist/json');
interface AreaFile {
  locale: string;
  focusAreas: Record<string, unknown>[];
  illustrations: Record<string, unknown>;
}
const read = (path: string) => JSON.parse(readFileSync(join(json, path), 'utf8')) as AreaFile;

describe('dist/json/<locale>/<id>.json, <id>.card.json and all.json', () => {
  for (const locale of locales) {
    const full = (id: unknown) => getContent(locale).focusAreas.find((a) => a.id === id);
    const files = [
      ...focusAreaIds.flatMap((id) => [
        { path: `${locale}/${id}.json`, ids: [id] },
        { path: `${locale}/${id}.card.json`, ids: [id] },
      ]),
      { path: `${locale}/all.json`, ids: [...focusAreaIds] },
    ];
    for (const { path, ids } of files) {
      it(`${path}: the areas as in json/${locale}.json, cut down, with their illustrations`, () => {
        const file = read(path);
        expect(file.locale).toBe(locale);
        expect(file.focusAreas.map((a) => a.id)).toEqual(ids);
        for (const area of file.focusAreas) {
          const { facts, partners, ...rest } = area as {
            facts?: object[];
            partners?: object[];
          };
          const original = full(area.id);
          expect(original).toMatchObject(rest);
          facts?.forEach((f, i) => {
            expect(original?.facts[i]).toMatchObject(f);
          });
          partners?.forEach((p, i) => {
            expect(original?.partners[i]).toMatchObject(p);
          });
        }
        expect(file.illustrations).toEqual(
          Object.fromEntries(ids.map((id) => [id, illustrations[id]])),
        );
      });
    }
  }
});
