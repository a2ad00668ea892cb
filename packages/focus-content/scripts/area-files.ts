// Build step for the embed: small JSON files per focus area and locale, so that a widget
// fetches what it shows and no more (a card about 0.7 kB gzip instead of the 6.7 kB of the
// locale file and every illustration).
//   dist/json/<locale>/<id>.json      – what the area's story shows
//   dist/json/<locale>/<id>.card.json – what the area's card shows
//   dist/json/<locale>/all.json       – what the grid of every area's card shows
// Each is { locale, focusAreas, illustrations }: the locale file's shape, cut down to the
// fields src/area-fields.ts declares for a card or a story (the widget checks them and refuses
// fields it does not know), with the illustrations of its areas; a story file also holds the
// licence words of its credit line. The full data, with its licence, stays in
// json/<locale>.json and json/illustrations.json, which also keep embeds already pasted working.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cardFields,
  licenseFields,
  pickFields,
  storyFields,
  type CardArea,
} from '../src/area-fields.ts';
import type { IllustrationData, LocaleContent } from '../src/types.ts';

export function writeAreaFiles(
  jsonDir: string,
  content: Record<string, LocaleContent>,
  illustrations: Record<string, IllustrationData>,
): void {
  for (const [locale, c] of Object.entries(content)) {
    const dir = join(jsonDir, locale);
    mkdirSync(dir, { recursive: true });
    // The story's credit line (Attribution) takes its words from the content's licence: the
    // credit as the kit's status words it (a proposed or a decided licence).
    const license = pickFields(c.license, licenseFields);
    const write = (name: string, areas: CardArea[], withLicense = false) => {
      const shapes = Object.fromEntries(areas.map((a) => [a.id, illustrations[a.id]]));
      const file = {
        locale: c.locale,
        focusAreas: areas,
        illustrations: shapes,
        ...(withLicense ? { license } : {}),
      };
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(file));
    };
    for (const area of c.focusAreas) {
      write(area.id, [pickFields(area, storyFields)], true);
      write(`${area.id}.card`, [pickFields(area, cardFields)]);
    }
    write(
      'all',
      c.focusAreas.map((area) => pickFields(area, cardFields)),
    );
  }
}
