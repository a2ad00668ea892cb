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

const dropped = 'is unknown (dropped)';

/** Checks `value` against `field`, dropping unknown fields; adds each problem to `found`. */
function check(value: unknown, field: Check, at: string, found: string[], name = ''): void {
  if (field === 'richText') field = [rich];
  if (typeof field === 'string') {
    const [test, expected] = leaves[field];
    if (!test(value, name)) found.push(`${at} is not ${expected}`);
  } else if (Array.isArray(field)) {
    if (!Array.isArray(value)) found.push(`${at} is not a list`);
    else
      value.forEach((v, i) => {
        check(v, field[0] as Check, `${at}[${i}]`, found);
      });
  } else if ('orNull' in field) {
    if (value !== null) check(value, field.orNull, at, found);
  } else if (!isObject(value)) found.push(`${at} is not an object`);
  else {
    // No field of the content is named `any` or `optional`: these mark the embed's own kinds.
    const { any, optional } = field as { any?: Check; optional?: Record<string, Check> };
    const fields = (optional ?? field) as Record<string, Check>;
    for (const [key, v] of Object.entries(value)) {
      const inner = any ?? fields[key];
      if (inner) check(v, inner, `${at}.${key}`, found, key);
      else {
        // Unknown: dropped here, so that it never reaches the DOM, and named.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a plain data object
        delete value[key];
        found.push(`${at}.${key} ${dropped}`);
      }
    }
    if (!any && !optional)
      for (const key in fields) if (!(key in value)) found.push(`${at}.${key} is missing`);
  }
}

/** What survives the check: the areas and illustrations the widget may render. */
export interface Checked {
  /** The areas with every field of a card, or of a story for the story layout. */
  focusAreas: CardArea[];
  illustrations: Illustrations;
  /** The credit line's words (story files only). */
  license?: StoryLicense;
  problems: string[];
}

/**
 * Checks a content file the widget fetched for `layout`: `dist/json/<locale>/<id>.json` (a
 * story), `<id>.card.json` or `all.json` (cards). An area with a problem is left out; an
 * illustration with a problem is left out and its area drawn without it.
 */
export function checkContent(file: unknown, name: string, layout: Layout): Checked {
  const problems: string[] = [];
  const story = layout === 'story';
  check(
    file,
    {
      locale: 'text',
      focusAreas: [story ? storyFields : cardFields],
      illustrations: { any: illustration },
      ...(story ? { license: licenseFields } : {}),
    },
    name,
    problems,
  );
  const leaveOut = (part: string) =>
    problems.some((p) => p.startsWith(`${name}.${part}`) && !p.endsWith(dropped));
  const data = (isObject(file) ? file : {}) as {
    focusAreas?: CardArea[];
    illustrations?: Record<string, IllustrationData>;
    license?: StoryLicense;
  };
  const focusAreas = Array.isArray(data.focusAreas)
    ? data.focusAreas.filter((_, i) => !leaveOut(`focusAreas[${i}]`))
    : [];
  const illustrations: Illustrations = {};
  for (const { id } of focusAreas) {
    const shapes = data.illustrations?.[id];
    if (shapes && !leaveOut(`illustrations.${id}`)) illustrations[id] = shapes;
  }
  const license = leaveOut('license') ? undefined : data.license;
  return { focusAreas, illustrations, license, problems };
}
