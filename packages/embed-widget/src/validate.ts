// The boundary between the CDN's data and the page: a content file is checked before any of it
// reaches the DOM. A focus area (or an illustration) holding a wrong type, broken SVG geometry
// or a string that looks like markup or a script URL is left out; a field the widget does not
// know is dropped. Every problem is named, for the one console warning. Hand-written and small
// on purpose: the embed has no runtime dependencies and every visitor downloads every byte.
// The full schema is @ljungby/focus-content's json/schema.json.
import type { FocusArea, IllustrationData, License } from '@ljungby/focus-content';
import type { Illustrations } from './render';

// What each field holds, by name: s text, u https URL, n number, b true/false, o object,
// a<kind> a list, ? or null, v an SVG value, i illustrations by area id, g SVG attributes,
// p SVG style (the kit's colour tokens only). Only what the components render: the per-area
// files hold no more.
const kinds = Object.fromEntries(
  (
    'locale:s focusAreas:ao id:s name:s tagline:s official:o original:s text:s source:o ' +
    'title:s url:u summary:o short:s long:ao type:s children:ao value:s href:u level:n ' +
    'ordered:b items:aao ' +
    'keyMessages:as facts:ao label:s partners:ao kindLabel:s description:s website:u? ' +
    'callToAction:o? illustration:o alt:s illustrations:i viewBox:v shapes:ao tag:v attrs:g style:p ' +
    'license:o attribution:s credit:s creditPrefix:s changedNote:s'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
) as Record<string, string | undefined>;

const expected: Record<string, string> = {
  s: 'plain text',
  u: 'an https URL',
  n: 'a number',
  b: 'true or false',
  a: 'a list',
  v: 'valid SVG',
};
/** What each kind accepts; objects and lists are walked below. */
const accepts: Record<string, (v: unknown, name: string) => boolean> = {
  // Markup, a script URL or nothing at all is never text the widget shows.
  s: (v) => typeof v === 'string' && !/<[!/?a-z]|javascript:|^\s*$/i.test(v),
  u: (v) => typeof v === 'string' && /^https:\/\/[^\s"'<>\\]+$/.test(v),
  n: (v) => typeof v === 'number',
  b: (v) => typeof v === 'boolean',
  a: Array.isArray,
  // Values the browser's SVG parser takes without an error, by attribute name.
  v: (v, name) =>
    typeof v === 'string' &&
    [
      [/^tag$/, /^(path|circle|rect|ellipse|polygon|polyline|line)$/],
      [/^viewBox$/, /^(-?[\d.]+[\s,]+){3}-?[\d.]+$/],
      [/^(fill|stroke)$/, /^(none|currentColor|var\(--lk-[a-z-]+,#[\da-f]{3,8}\))$/i],
      [/^d$/, /^M[\d\s,.eMZLHVCSQTA-]*$/i],
      [/-(rule|linecap|linejoin)$/, /^[a-z]+$/],
      [/^c?[xy][12]?$/, /^-?\d*\.?\d+$/],
      [/^(r[xy]?|width|height|stroke-width|(fill-)?opacity)$/, /^\d*\.?\d+$/],
    ].some(([key, re]) => key?.test(name) && re?.test(v)),
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const dropped = 'is unknown (dropped)';

function check(value: unknown, kind: string, at: string, found: string[], name = ''): void {
  const k = kind[0] ?? 'o';
  if (value === null && kind.endsWith('?')) return;
  if (!(accepts[k] ?? isObject)(value, name))
    found.push(`${at} is not ${expected[k] ?? 'an object'}`);
  else if (Array.isArray(value))
    value.forEach((v, i) => {
      check(v, kind.slice(1), `${at}[${i}]`, found);
    });
  else if (isObject(value))
    for (const [key, v] of Object.entries(value)) {
      const inner =
        k === 'i'
          ? 'o'
          : k === 'g'
            ? 'v'
            : k === 'p'
              ? /^(fill|stroke)$/.test(key)
                ? 'v'
                : ''
              : kinds[key];
      if (inner) check(v, inner, `${at}.${key}`, found, key);
      else {
        // Unknown: dropped here, so that it never reaches the DOM, and named.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a plain data object
        delete value[key];
        found.push(`${at}.${key} ${dropped}`);
      }
    }
}

/** What survives the check: the areas and illustrations the widget may render. */
export interface Checked {
  focusAreas: FocusArea[];
  illustrations: Illustrations;
  /** The credit line's words (story files only). */
  license?: License;
  problems: string[];
}

/**
 * Checks a content file the widget fetched (`dist/json/<locale>/<id>.json`, `<id>.card.json`
 * or `all.json`). An area with a problem is left out; an illustration with a problem is left
 * out and its area drawn without it.
 */
export function checkContent(file: unknown, name: string): Checked {
  const problems: string[] = [];
  check(file, 'o', name, problems);
  const leaveOut = (part: string) =>
    problems.some((p) => p.startsWith(`${name}.${part}`) && !p.endsWith(dropped));
  const data = (isObject(file) ? file : {}) as {
    focusAreas?: FocusArea[];
    illustrations?: Record<string, IllustrationData>;
    license?: License;
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
