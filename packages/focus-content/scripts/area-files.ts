// Build step for the embed: one small JSON file per focus area and locale, so that a widget
// showing one area fetches that area only (about 2 kB gzip instead of the whole locale file).
//   dist/json/<locale>/<id>.json – the area in full (what the story shows) with its illustration
//   dist/json/<locale>/all.json  – the four areas without the long texts (what the grid of
//                                  cards shows) with the four illustrations
// Each file has the locale file's shape, cut down: { locale, version, license, focusAreas,
// illustrations }. json/<locale>.json and json/illustrations.json stay for embeds already pasted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FocusArea, IllustrationData, LocaleContent } from '../src/types.ts';

/** The fields of a focus area the grid of cards shows; the long story needs the rest. */
const cardFields = [
  'id',
  'name',
  'tagline',
  'official',
  'summary',
  'callToAction',
  'illustration',
  'accentToken',
] as const satisfies readonly (keyof FocusArea)[];

const card = (area: FocusArea) =>
  Object.fromEntries(cardFields.filter((f) => f in area).map((f) => [f, area[f]]));

export function writeAreaFiles(
  jsonDir: string,
  content: Record<string, LocaleContent>,
  illustrations: Record<string, IllustrationData>,
): void {
  for (const [locale, c] of Object.entries(content)) {
    const dir = join(jsonDir, locale);
    mkdirSync(dir, { recursive: true });
    const head = { locale: c.locale, version: c.version, license: c.license };
    const write = (name: string, areas: object[], ids: string[]) => {
      const shapes = Object.fromEntries(ids.map((id) => [id, illustrations[id]]));
      const file = { ...head, focusAreas: areas, illustrations: shapes };
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(file));
    };
    for (const area of c.focusAreas) write(area.id, [area], [area.id]);
    write(
      'all',
      c.focusAreas.map(card),
      c.focusAreas.map((a) => a.id),
    );
  }
}
