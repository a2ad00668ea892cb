// The boundary between the CDN's data and the page: a content file is checked before any of it
// reaches the DOM, against the fields a card or a story shows (@ljungby/focus-content's
// area-fields, the same declaration the content build cuts the files with). A focus area (or an
// illustration) missing a field, holding a wrong type, broken SVG geometry or a string that
// looks like markup or a script URL is left out; a field the widget does not know is dropped.
// Every problem is named, for the one console warning. Hand-written and small on purpose: the
// embed has no runtime dependencies and every visitor downloads every byte.
import {
  cardFields,
  licenseFields,
  storyFields,
  type Field,
  type FieldLeaf,
} from '@ljungby/focus-content/area-fields';
import type { CardArea, IllustrationData, StoryLicense } from '@ljungby/focus-content';
import type { Layout } from './options';
import type { Illustrations } from './render';

/** Values the browser's SVG parser takes without an error, by attribute name. */
const svgValues: [RegExp, RegExp][] = [
  [/^tag$/, /^(path|circle|rect|ellipse|polygon|polyline|line)$/],
  [/^viewBox$/, /^(-?[\d.]+[\s,]+){3}-?[\d.]+$/],
  [/^(fill|stroke)$/, /^(none|currentColor|var\(--lk-[a-z-]+,#[\da-f]{3,8}\))$/i],
  [/^d$/, /^M[\d\s,.eMZLHVCSQTA-]*$/i],
  [/-(rule|linecap|linejoin)$/, /^[a-z]+$/],
  [/^c?[xy][12]?$/, /^-?\d*\.?\d+$/],
  [/^(r[xy]?|width|height|stroke-width|(fill-)?opacity)$/, /^\d*\.?\d+$/],
];

/** Each leaf's test (given the field's name), and what it expects in the problem's words. */
const leaves: Record<Leaf, [(v: unknown, name: string) => boolean, string]> = {
  // Markup, a script URL or nothing at all is never text the widget shows.
  text: [(v) => typeof v === 'string' && !/<[!/?a-z]|javascript:|^\s*$/i.test(v), 'plain text'],
  url: [(v) => typeof v === 'string' && /^https:\/\/[^\s"'<>\\]+$/.test(v), 'an https URL'],
  number: [(v) => typeof v === 'number', 'a number'],
  boolean: [(v) => typeof v === 'boolean', 'true or false'],
  // The embed's own: an SVG value, by the attribute it is for.
  svg: [
    (v, name) => typeof v === 'string' && svgValues.some(([k, re]) => k.test(name) && re.test(v)),
    'valid SVG',
  ],
};

/**
 * The embed's own kinds of field beside the content's: `svg` values, `optional` fields (a block
 * of rich text holds the fields of its type) and `any` name (SVG attributes).
 */
type Leaf = Exclude<FieldLeaf, 'richText'> | 'svg';
type Check =
  | Field
  | Leaf
  | readonly [Check]
  | { readonly optional: Record<string, Check> }
  | { readonly any: Check }
  | { readonly [name: string]: Check };

// A block or an inline of a rich text: its type and the fields of that type.
const rich: { optional: Record<string, Check> } = {
  optional: { type: 'text', value: 'text', href: 'url', level: 'number', ordered: 'boolean' },
};
rich.optional.children = [rich];
rich.optional.items = [[rich]];

/** The illustration of an area: shapes with SVG attributes and the kit's colour tokens. */
const illustration: Check = {
  viewBox: 'svg',
  shapes: [
    { tag: 'svg', attrs: { any: 'svg' }, style: { optional: { fill: 'svg', stroke: 'svg' } } },
  ],
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks `value` against `field` and tells whether it passed. Each problem is added to `found`;
 * a part that fails is removed from the object or list that holds it (which fails in turn), and
 * an unknown field is removed too (without failing), so that what is left of the file is what
 * passed. The checked value of a failing part may be changed: it is never drawn.
 */
function check(value: unknown, field: Check, at: string, found: string[], name = ''): boolean {
  /** Names a problem at `at`; false, for the part (or field) that fails with it. */
  const fail = (problem: string) => {
    found.push(at + problem);
    return false;
  };
  if (field === 'richText') field = [rich];
  if (typeof field === 'string') {
    const [test, expected] = leaves[field];
    return test(value, name) || fail(` is not ${expected}`);
  }
  if (Array.isArray(field)) {
    if (!Array.isArray(value)) return fail(' is not a list');
    const passed: unknown[] = value.filter((v, i) =>
      check(v, field[0] as Check, `${at}[${i}]`, found),
    );
    // In place, and true when nothing was left out (splice returns what it replaced).
    return value.splice(0, value.length, ...passed).length === passed.length;
  }
  if ('orNull' in field) return value === null || check(value, field.orNull, at, found);
  if (!isObject(value)) return fail(' is not an object');
  // No field of the content is named `any` or `optional`: these mark the embed's own kinds.
  const { any, optional } = field as { any?: Check; optional?: Record<string, Check> };
  const fields = (optional ?? field) as Record<string, Check>;
  let ok = true;
  // Before any field is removed, so that a failing field is not named missing as well.
  if (!any && !optional)
    for (const key in fields) if (!(key in value)) ok = fail(`.${key} is missing`);
  for (const [key, v] of Object.entries(value)) {
    const inner = any ?? fields[key];
    // Unknown: removed here, so that it never reaches the DOM, and named.
    if (!inner) found.push(`${at}.${key} is unknown (dropped)`);
    else if (check(v, inner, `${at}.${key}`, found, key)) continue;
    else ok = false;
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a plain data object
    delete value[key];
  }
  return ok;
}

/** What passed the checks of one widget's files: the areas and illustrations it may render. */
export interface Checked {
  /** The areas with every field of a card, or of a story for the story layout. */
  focusAreas: CardArea[];
  illustrations: Illustrations;
  /** The credit line's words (story files only; the first file's). */
  license?: StoryLicense;
  /** Every problem named, for the one console warning. */
  problems: string[];
}

/**
 * Checks the text of a content file the widget fetched for `layout`:
 * `dist/json/<locale>/<id>.json` (a story), `<id>.card.json` or `all.json` (cards), and adds
 * what passed to `into`, where the files of one widget gather. An area with a problem is left
 * out; an illustration with a problem is left out and its area drawn without it. Text that is
 * not JSON throws.
 */
export function checkContent(text: string, name: string, layout: Layout, into: Checked): void {
  // Parsed for each check: the widgets of one page share each fetched file, and the check
  // removes what fails from what it parsed.
  const file: unknown = JSON.parse(text);
  const story = layout === 'story';
  // The file's parts as they were: a list or map that lost a failing item is removed from the
  // file itself, but what is left in it passed.
  const data = (isObject(file) ? { ...file } : {}) as {
    focusAreas?: CardArea[];
    illustrations?: Record<string, IllustrationData>;
  };
  check(
    file,
    {
      locale: 'text',
      focusAreas: [story ? storyFields : cardFields],
      illustrations: { any: illustration },
      ...(story ? { license: licenseFields } : {}),
    },
    name,
    into.problems,
  );
  if (Array.isArray(data.focusAreas))
    for (const area of data.focusAreas) {
      into.focusAreas.push(area);
      const shapes = data.illustrations?.[area.id];
      if (shapes) into.illustrations[area.id] = shapes;
    }
  // Still in the file only if it passed (a card file's is unknown, and dropped).
  into.license ??= (file as { license?: StoryLicense } | null)?.license;
}
