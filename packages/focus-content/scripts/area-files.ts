// Build step for the embed: small JSON files per focus area and locale, so that a widget
// fetches what it shows and no more (a card about 0.7 kB gzip instead of the 6.7 kB of the
// locale file and all four illustrations).
//   dist/json/<locale>/<id>.json      – the area in full (what the story shows)
//   dist/json/<locale>/<id>.card.json – what the area's card shows
//   dist/json/<locale>/all.json       – what the grid of four cards shows
// Each file has the locale file's shape, cut down: { locale, version, license, focusAreas,
// illustrations } with the illustrations of its areas. json/<locale>.json and
// json/illustrations.json stay for embeds already pasted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FocusArea, IllustrationData, LocaleContent } from '../src/types.ts';

/** What a card shows of a focus area (FocusAreaCard); the story needs the rest. */
const card = (area: FocusArea) => ({
  id: area.id,
  name: area.name,
  summary: { short: area.summary.short },
  official: { source: area.official.source },
  callToAction: area.callToAction,
  illustration: area.illustration,
});

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
    for (const area of c.focusAreas) {
      write(area.id, [area], [area.id]);
      write(`${area.id}.card`, [card(area)], [area.id]);
    }
    write(
      'all',
      c.focusAreas.map(card),
      c.focusAreas.map((a) => a.id),
    );
  }
}
