// Build step for the embed: small JSON files per focus area and locale, so that a widget
// fetches what it shows and no more (a card about 0.7 kB gzip instead of the 6.7 kB of the
// locale file and all four illustrations).
//   dist/json/<locale>/<id>.json      – what the area's story shows
//   dist/json/<locale>/<id>.card.json – what the area's card shows
//   dist/json/<locale>/all.json       – what the grid of four cards shows
// Each is { locale, focusAreas, illustrations }: the locale file's shape, cut down to the
// fields the components render (the widget refuses fields it does not know), with the
// illustrations of its areas; a story file also holds the licence words of its credit line. The full data, with its licence, stays in json/<locale>.json
// and json/illustrations.json, which also keep embeds already pasted working.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FocusArea, IllustrationData, LocaleContent } from '../src/types.ts';

/** What FocusAreaCard shows of a focus area. */
const card = (a: FocusArea) => ({
  id: a.id,
  name: a.name,
  summary: { short: a.summary.short },
  official: { source: a.official.source },
  callToAction: a.callToAction,
  illustration: { alt: a.illustration.alt },
});

/** What FocusAreaStory shows of a focus area. */
const story = (a: FocusArea) => ({
  ...card(a),
  tagline: a.tagline,
  // The story quotes the municipality's Swedish wording and gives a translation beside it.
  official: { original: a.official.original, text: a.official.text, source: a.official.source },
  long: a.long,
  keyMessages: a.keyMessages,
  facts: a.facts.map(({ value, label, source }) => ({ value, label, source })),
  partners: a.partners.map(({ name, website, kindLabel, description }) => ({
    name,
    website,
    kindLabel,
    description,
  })),
});

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
    const { attribution, name, url, credit, creditPrefix, changedNote } = c.license;
    const license = { attribution, name, url, credit, creditPrefix, changedNote };
    const write = (name: string, areas: ReturnType<typeof card>[], withLicense = false) => {
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
      write(area.id, [story(area)], true);
      write(`${area.id}.card`, [card(area)]);
    }
    write('all', c.focusAreas.map(card));
  }
}
