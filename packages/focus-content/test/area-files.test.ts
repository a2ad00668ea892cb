// The per-area files the embed fetches hold exactly what a card or a story shows (the fields of
// src/area-fields.ts), with the locale file's values: no field more, none less.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusAreaIds, getContent, illustrations, locales } from '@ljungby/focus-content';
import {
  cardFields,
  licenseFields,
  pickFields,
  storyFields,
  type Field,
} from '../src/area-fields.ts';

const json = join(import.meta.dirname, '../dist/json');
interface AreaFile {
  locale: string;
  focusAreas: Record<string, unknown>[];
  illustrations: Record<string, unknown>;
  license?: Record<string, unknown>;
}
const read = (path: string) => JSON.parse(readFileSync(join(json, path), 'utf8')) as AreaFile;

/** Every path a field declares, e.g. `official.source.url`, `facts[].value`. */
function paths(field: Field, at = ''): string[] {
  if (typeof field === 'string') return [at];
  if (Array.isArray(field)) return paths(field[0] as Field, `${at}[]`);
  if ('orNull' in field) return paths(field.orNull, at);
  return Object.entries(field).flatMap(([key, inner]) => paths(inner, at ? `${at}.${key}` : key));
}
/** Every path a value holds, read as deep as `field` declares (a rich text is one leaf). */
function pathsOf(value: unknown, field: Field, at = ''): string[] {
  if (typeof field === 'string' || typeof value !== 'object' || value === null) return [at];
  if ('orNull' in field) return pathsOf(value, field.orNull, at);
  if (Array.isArray(value))
    return [...new Set(value.flatMap((v) => pathsOf(v, (field as [Field])[0], `${at}[]`)))];
  const fields = field as Record<string, Field>;
  // A key the field does not declare is a leaf here, and so shows up as a path too many.
  return Object.entries(value).flatMap(([key, v]) =>
    pathsOf(v, fields[key] ?? 'text', at ? `${at}.${key}` : key),
  );
}

describe('dist/json/<locale>/<id>.json, <id>.card.json and all.json', () => {
  for (const locale of locales) {
    const content = getContent(locale);
    const full = (id: unknown) => content.focusAreas.find((a) => a.id === id);
    const files = [
      ...focusAreaIds.flatMap((id) => [
        { path: `${locale}/${id}.json`, ids: [id], fields: storyFields },
        { path: `${locale}/${id}.card.json`, ids: [id], fields: cardFields },
      ]),
      { path: `${locale}/all.json`, ids: [...focusAreaIds], fields: cardFields },
    ];
    for (const { path, ids, fields } of files) {
      const story = fields === storyFields;
      it(`${path}: exactly the ${story ? 'story' : 'card'}'s fields of json/${locale}.json, with the illustrations`, () => {
        const file = read(path);
        expect(Object.keys(file).sort()).toEqual(
          ['focusAreas', 'illustrations', 'locale', ...(story ? ['license'] : [])].sort(),
        );
        expect(file.locale).toBe(locale);
        expect(file.focusAreas.map((a) => a.id)).toEqual(ids);
        for (const area of file.focusAreas) {
          // Every declared field, and nothing else: a field dropped or renamed fails here.
          expect(pathsOf(area, fields).sort(), String(area.id)).toEqual(paths(fields).sort());
          expect(area).toEqual(pickFields(full(area.id), fields));
        }
        expect(file.illustrations).toEqual(
          Object.fromEntries(ids.map((id) => [id, illustrations[id]])),
        );
        if (story) expect(file.license).toEqual(pickFields(content.license, licenseFields));
      });
    }
  }
});

describe('pickFields', () => {
  it('keeps the declared fields, lists item by item, and null where null is allowed', () => {
    const area = getContent('sv').focusAreas[0];
    if (!area) throw new Error('no focus area');
    const picked = pickFields({ ...area, callToAction: null }, cardFields);
    expect(Object.keys(picked).sort()).toEqual(Object.keys(cardFields).sort());
    expect(picked.callToAction).toBeNull();
    expect(picked.official).toEqual({ source: area.official.source });
    const story = pickFields(area, storyFields);
    expect(story.facts).toEqual(
      area.facts.map(({ value, label, source }) => ({ value, label, source })),
    );
    expect(story.long).toBe(area.long);
  });
});
