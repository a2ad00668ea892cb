// The content check at the boundary, in plain Node: the built per-area files pass it whole and
// draw exactly what the full content draws; planted mistakes are left out and named. (The
// browser's bad-data.test.ts shows that what is named reaches the console once and nothing of
// it the DOM.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusAreaIds, getContent, illustrations, locales } from '@ljungby/focus-content';
import { toHtml } from '@ljungby/ui-components/markup';
import { describe, expect, it } from 'vitest';
import { areas, layouts, type Layout } from '../src/options.ts';
import { dataFiles } from '../src/data-files.ts';
import { widgetMarkup } from '../src/render.ts';
import { checkContent, type Checked } from '../src/validate.ts';
import { cdnPackages } from './support/fixtures.ts';

type Json = Record<string, any>;
const contentDir = cdnPackages['@ljungby/focus-content'];
const read = (file: string) => JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as Json;

/** What the element does with the files of one embed: check each, gather what passed. */
function check(files: [file: string, json: unknown][], layout: Layout): Checked {
  const checked: Checked = { focusAreas: [], illustrations: {}, problems: [] };
  for (const [file, json] of files) checkContent(JSON.stringify(json), file, layout, checked);
  return checked;
}

describe('the built per-area files', () => {
  const combos = locales.flatMap((locale) =>
    areas.flatMap((area) => layouts.map((layout) => ({ locale, area, layout }))),
  );
  it.each(combos)(
    '$locale $area $layout: pass whole, and draw what the full content draws',
    ({ locale, area, layout }) => {
      const checked = check(
        dataFiles(area, layout, locale).map((file) => [file, read(file)]),
        layout,
      );
      expect(checked.problems).toEqual([]);
      const options = {
        area,
        layout,
        locale,
        colorScheme: 'light',
        headingLevel: 2,
      } as const;
      const content = getContent(locale);
      // A field the files lack but a builder reads would draw differently (or throw) here.
      expect(toHtml(widgetMarkup(checked, checked.illustrations, options))).toBe(
        toHtml(widgetMarkup(content, illustrations, options)),
      );
    },
  );
});

/** One planted mistake in one built file, and what the check must do with it. */
interface Case {
  name: string;
  file: string;
  layout: Layout;
  change: (json: Json) => unknown;
  /** The problems named, in order. */
  problems: string[];
  /** The ids of the areas that pass, and of their illustrations. */
  areas: string[];
  drawn: string[];
  license?: boolean;
}

const [first, second] = focusAreaIds;
const cases: Case[] = [
  {
    name: 'a missing field leaves its area out (the grid keeps the others)',
    file: 'sv/all.json',
    layout: 'card',
    change: (j) => delete j.focusAreas[0].illustration.alt,
    problems: ['sv/all.json.focusAreas[0].illustration.alt is missing'],
    areas: focusAreaIds.slice(1),
    drawn: focusAreaIds.slice(1),
  },
  {
    name: 'a wrong type, markup in a text and a script URL are named, each',
    file: `sv/${first}.card.json`,
    layout: 'card',
    change: (j) => {
      j.focusAreas[0].name = 42;
      j.focusAreas[0].summary.short = '<img src=x onerror=alert(1)>';
      j.focusAreas[0].callToAction.url = 'javascript:alert(1)';
    },
    problems: [
      `sv/${first}.card.json.focusAreas[0].name is not plain text`,
      `sv/${first}.card.json.focusAreas[0].summary.short is not plain text`,
      `sv/${first}.card.json.focusAreas[0].callToAction.url is not an https URL`,
    ],
    areas: [],
    drawn: [],
  },
  {
    name: 'null only where the content allows it: no call to action is fine, no name is not',
    file: 'en/all.json',
    layout: 'card',
    change: (j) => {
      j.focusAreas[0].callToAction = null;
      j.focusAreas[1].name = null;
    },
    problems: ['en/all.json.focusAreas[1].name is not plain text'],
    areas: focusAreaIds.filter((_, i) => i !== 1),
    drawn: focusAreaIds.filter((_, i) => i !== 1),
  },
  {
    name: 'an unknown field is dropped and named; its area stays',
    file: `sv/${second}.card.json`,
    layout: 'card',
    change: (j) => {
      j.focusAreas[0].onclick = 'alert(1)';
      j.extra = true;
    },
    problems: [
      `sv/${second}.card.json.extra is unknown (dropped)`,
      `sv/${second}.card.json.focusAreas[0].onclick is unknown (dropped)`,
    ],
    areas: [second],
    drawn: [second],
  },
  {
    name: 'broken SVG leaves the illustration out, not the area',
    file: `sv/${first}.card.json`,
    layout: 'card',
    change: (j) => {
      const shape = j.illustrations[first].shapes[0] as Json;
      shape.attrs.onload = 'alert(1)';
      shape.style.opacity = '1';
      j.illustrations[first].viewBox = '0 0 x';
    },
    problems: [
      `sv/${first}.card.json.illustrations.${first}.viewBox is not valid SVG`,
      `sv/${first}.card.json.illustrations.${first}.shapes[0].attrs.onload is not valid SVG`,
      `sv/${first}.card.json.illustrations.${first}.shapes[0].style.opacity is unknown (dropped)`,
    ],
    areas: [first],
    drawn: [],
  },
  {
    name: 'a story checks the whole story: a script link in the long text, a fact without a label',
    file: `en/${first}.json`,
    layout: 'story',
    change: (j) => {
      j.focusAreas[0].long[0] = {
        type: 'paragraph',
        children: [{ type: 'link', href: 'javascript:x', children: [] }],
      };
      delete j.focusAreas[0].facts[0].label;
    },
    problems: [
      `en/${first}.json.focusAreas[0].long[0].children[0].href is not an https URL`,
      `en/${first}.json.focusAreas[0].facts[0].label is missing`,
    ],
    areas: [],
    drawn: [],
    license: true,
  },
  {
    name: 'a story file without its licence words keeps its area but has no licence',
    file: `sv/${second}.json`,
    layout: 'story',
    change: (j) => delete j.license.changedNote,
    problems: [`sv/${second}.json.license.changedNote is missing`],
    areas: [second],
    drawn: [second],
    license: false,
  },
  {
    name: 'a card file read as a story misses the story’s fields',
    file: `sv/${second}.card.json`,
    layout: 'story',
    change: () => undefined,
    problems: [
      ...[
        'tagline',
        'official.original',
        'official.text',
        'long',
        'keyMessages',
        'facts',
        'partners',
      ].map((f) => `sv/${second}.card.json.focusAreas[0].${f} is missing`),
      `sv/${second}.card.json.license is missing`,
    ],
    areas: [],
    drawn: [],
    license: false,
  },
  {
    name: 'a blank text, an address with more around it, and the wrong kind of value, each named',
    file: `en/${second}.json`,
    layout: 'story',
    change: (j) => {
      const area = (j.focusAreas as Json[])[0] as Json;
      area.name = '  ';
      area.official.source.url = 'see https://example.org';
      area.facts[0].source.url = 'https://example.org/a b';
      area.long = [
        { type: 'heading', level: '2', children: [{ type: 'text', value: 'x' }] },
        { type: 'list', ordered: 'yes', items: [[{ type: 'paragraph', children: [] }]] },
      ];
      area.summary = ['x'];
      area.illustration = null;
      area.partners[0] = 'x';
      area.facts[1].source.url = ['https://example.org'];
      area.keyMessages = 'x';
      (j.illustrations as Json)[second].viewBox = ['0 0 320 200'];
    },
    problems: [
      'name is not plain text',
      'official.source.url is not an https URL',
      'facts[0].source.url is not an https URL',
      'long[0].level is not a number',
      'long[1].ordered is not true or false',
      'summary is not an object',
      'illustration is not an object',
      'partners[0] is not an object',
      'facts[1].source.url is not an https URL',
      'keyMessages is not a list',
    ]
      .map((p) => `en/${second}.json.focusAreas[0].${p}`)
      .concat(`en/${second}.json.illustrations.${second}.viewBox is not valid SVG`),
    areas: [],
    drawn: [],
    license: true,
  },
  {
    name: 'a story’s lists, numbered or not, pass',
    file: `sv/${second}.json`,
    layout: 'story',
    change: (j) => {
      const list = (ordered: boolean) => ({
        type: 'list',
        ordered,
        items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }]],
      });
      ((j.focusAreas as Json[])[0] as Json).long = [list(false), list(true)];
    },
    problems: [],
    areas: [second],
    drawn: [second],
    license: true,
  },
  {
    name: 'a file without its illustrations keeps its areas, drawn without them',
    file: 'sv/all.json',
    layout: 'card',
    change: (j) => delete j.illustrations,
    problems: ['sv/all.json.illustrations is missing'],
    areas: [...focusAreaIds],
    drawn: [],
  },
  {
    name: 'a file that is not an object',
    file: 'sv/all.json',
    layout: 'card',
    change: () => [],
    problems: ['sv/all.json is not an object'],
    areas: [],
    drawn: [],
  },
];

describe('checkContent', () => {
  it.each(cases)('$name', (c) => {
    const json = read(`dist/json/${c.file}`);
    const replaced = c.change(json);
    const file = Array.isArray(replaced) ? replaced : json;
    const result = check([[c.file, file]], c.layout);
    // The widgets of one page share each fetched file: a second check of it finds the same.
    expect(check([[c.file, file]], c.layout)).toEqual(result);
    // Unknown fields are named where found: each object's own, after its declared ones.
    expect([...result.problems].sort()).toEqual([...c.problems].sort());
    expect(result.focusAreas.map((a) => a.id)).toEqual(c.areas);
    expect(Object.keys(result.illustrations)).toEqual(c.drawn);
    if (c.license !== undefined) expect(result.license !== undefined).toBe(c.license);
    // Nothing unknown or planted is left in what passed.
    expect(JSON.stringify([result.focusAreas, result.illustrations])).not.toMatch(
      /onclick|onload|alert|"extra"|"style":\{[^}]*opacity/u,
    );
  });
});

describe('checkContent of a file that is null', () => {
  // `null` is valid JSON: a CDN or proxy that answers it must get the file named, not a
  // TypeError that hides which file it was.
  it.each(layouts)('%s: names the file and draws nothing', (layout) => {
    const result = check([['sv/all.json', null]], layout);
    expect(result.problems).toEqual(['sv/all.json is not an object']);
    expect(result.focusAreas).toEqual([]);
    expect(result.license).toBeUndefined();
  });
});
