// Data refused at the boundary: content files that fail the schema are planted on a second
// loopback CDN. The widget renders what is valid, or falls back to the link, with exactly one
// console warning and no browser error, and nothing of the bad data reaches the DOM.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnPackages } from './support/fixtures.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { browserPatience, serveCdn, type Cdn } from '@ljungby/test-browser';

type Json = Record<string, any>;
let h: Harness;
let planted: Cdn;
let dir: string;
const contentDir = cdnPackages['@ljungby/focus-content'];

/** Plants a changed copy of a content file: `change` edits the parsed JSON, or a string replaces it. */
function plant(file: string, change: ((json: Json) => void) | string) {
  const path = join(dir, 'dist/json', file);
  if (typeof change === 'string') {
    writeFileSync(path, change);
    return;
  }
  const json = JSON.parse(readFileSync(join(contentDir, 'dist/json', file), 'utf8')) as Json;
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

interface Case {
  name: string;
  /** The content file planted, and its breakage. */
  file: string;
  change: ((json: Json) => void) | string;
  options: Parameters<Harness['snippet']>[0];
  /** What the shadow root holds once the widget has checked the data. */
  shows: Partial<Awaited<ReturnType<typeof shadow>>>;
  /** Words of the one console warning. */
  warns: string[];
  /** Text of the bad data that must not reach the DOM. */
  absent?: string;
}

const cases: Case[] = [
  {
    name: 'wrong types: the grid shows the other, valid areas',
    file: 'sv/all.json',
    change: (j) => {
      j.focusAreas[1].name = 42;
    },
    options: { area: 'all' },
    shows: { cards: focusAreaIds.length - 1 },
    warns: ['sv/all.json.focusAreas[1].name is not plain text'],
  },
  {
    name: 'broken SVG geometry: the card is drawn without its illustration',
    file: 'sv/vatten.card.json',
    // A negative radius and a path that is not path data.
    change: (j) => {
      const shapes = j.illustrations.vatten.shapes as Json[];
      const circle = shapes.find((s) => s.tag === 'circle');
      if (circle) circle.attrs.r = '-5';
      const path = shapes.find((s) => s.tag === 'path');
      if (path) path.attrs.d = 'M0 0 L x y';
    },
    options: { area: 'vatten' },
    shows: { cards: 1, svgs: 0 },
    warns: ['is not valid SVG'],
  },
  {
    name: 'unknown fields: dropped and named; an unknown SVG attribute refuses the drawing',
    file: 'sv/sagobygden.card.json',
    // One of them an event handler.
    change: (j) => {
      j.focusAreas[0].onclick = 'alert(1)';
      j.illustrations.sagobygden.shapes[0].attrs.onload = 'alert(1)';
    },
    options: { area: 'sagobygden' },
    shows: { cards: 1, svgs: 0 },
    warns: ['focusAreas[0].onclick is unknown (dropped)', 'attrs.onload is not valid SVG'],
    absent: 'alert',
  },
  {
    name: 'script-like strings: the area is refused and the link shows',
    file: 'sv/naringsliv.card.json',
    // Markup in a text, a script URL as the link.
    change: (j) => {
      j.focusAreas[0].summary.short = '<img src=x onerror=alert(1)>';
      j.focusAreas[0].callToAction.url = 'javascript:alert(1)';
    },
    options: { area: 'naringsliv' },
    shows: { cards: 0, fallback: true },
    warns: ['summary.short is not plain text', 'callToAction.url is not an https URL'],
    absent: 'onerror',
  },
  {
    name: 'not JSON: the link shows, with one warning',
    file: 'en/vatten.card.json',
    change: '<!doctype html><title>Oops</title>',
    options: { area: 'vatten', locale: 'en' },
    shows: { cards: 0, fallback: true },
    warns: ['could not load'],
  },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lk-planted-'));
  cpSync(join(contentDir, 'package.json'), join(dir, 'package.json'));
  cpSync(join(contentDir, 'dist/json'), join(dir, 'dist/json'), { recursive: true });
  for (const c of cases) plant(c.file, c.change);
  [h, planted] = await Promise.all([startHarness(), serveCdn({ '@ljungby/focus-content': dir })]);
});
afterAll(async () => {
  await Promise.all([h.close(), planted.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const open = (options: Case['options']) =>
  h.open(
    h.snippet({ ...options, contentBase: `${planted.origin}/npm/@ljungby/focus-content@0.1` }),
  );

/**
 * Resolves when the widget has checked the data: every planted file makes it warn, and it
 * renders (or gives up) in the same task.
 */
const settled = async (o: Awaited<ReturnType<typeof open>>) => {
  await expect.poll(() => o.warnings.length, { timeout: browserPatience }).toBeGreaterThan(0);
  await o.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
};

const shadow = (page: Awaited<ReturnType<typeof open>>['page']) =>
  page.evaluate(() => {
    const root = document.querySelector('ljungby-story')?.shadowRoot;
    return {
      cards: root?.querySelectorAll('.lk-focus-area-card').length ?? 0,
      svgs: root?.querySelectorAll('svg').length ?? 0,
      html: root?.innerHTML ?? '',
      // The light DOM's link shows: no shadow root yet, or one holding only a <slot>.
      fallback: !root || !!root.querySelector('slot'),
    };
  });

describe('bad data', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const o = await open(c.options);
    await settled(o);
    const s = await shadow(o.page);
    expect(s).toMatchObject(c.shows);
    if (c.absent) expect(s.html).not.toContain(c.absent);
    expect(o.warnings, o.warnings.join('\n')).toHaveLength(1);
    for (const words of c.warns) expect(o.warnings[0]).toContain(words);
    expect(o.errors).toEqual([]);
    await o.close();
  });

  it('two widgets sharing one bad file: each shows the valid areas and names the problem', async () => {
    // The page fetches the file once for both; the check of one must not change it for the other.
    const snippet = h.snippet({
      area: 'all',
      contentBase: `${planted.origin}/npm/@ljungby/focus-content@0.1`,
    });
    const o = await h.open(snippet + snippet);
    await expect.poll(() => o.warnings.length, { timeout: browserPatience }).toBe(2);
    await o.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    const cards = await o.page.evaluate(() =>
      [...document.querySelectorAll('ljungby-story')].map(
        (el) => el.shadowRoot?.querySelectorAll('.lk-focus-area-card').length ?? 0,
      ),
    );
    expect(cards).toEqual([focusAreaIds.length - 1, focusAreaIds.length - 1]);
    for (const warning of o.warnings)
      expect(warning).toContain('sv/all.json.focusAreas[1].name is not plain text');
    expect(o.errors).toEqual([]);
    await o.close();
  });
});
