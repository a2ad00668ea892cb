// Data refused at the boundary: content files that fail the schema are planted on a second
// loopback CDN. The widget renders what is valid, or falls back to the link, with exactly one
// console warning and no browser error, and nothing of the bad data reaches the DOM.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnPackages } from './support/fixtures.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { serveCdn, type Cdn } from '@ljungby/test-browser';

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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lk-planted-'));
  cpSync(join(contentDir, 'package.json'), join(dir, 'package.json'));
  cpSync(join(contentDir, 'dist/json'), join(dir, 'dist/json'), { recursive: true });
  // Wrong types: the second card's name is a number.
  plant('sv/all.json', (j) => {
    j.focusAreas[1].name = 42;
  });
  // Broken SVG geometry: a negative radius and a path that is not path data.
  plant('sv/vatten.card.json', (j) => {
    const shapes = j.illustrations.vatten.shapes as Json[];
    const circle = shapes.find((s) => s.tag === 'circle');
    if (circle) circle.attrs.r = '-5';
    const path = shapes.find((s) => s.tag === 'path');
    if (path) path.attrs.d = 'M0 0 L x y';
  });
  // Unknown fields, one of them an event handler.
  plant('sv/sagobygden.card.json', (j) => {
    j.focusAreas[0].onclick = 'alert(1)';
    j.illustrations.sagobygden.shapes[0].attrs.onload = 'alert(1)';
  });
  // Script-like strings: markup in a text, a script URL as the link.
  plant('sv/naringsliv.card.json', (j) => {
    j.focusAreas[0].summary.short = '<img src=x onerror=alert(1)>';
    j.focusAreas[0].callToAction.url = 'javascript:alert(1)';
  });
  // Not JSON at all.
  plant('en/vatten.card.json', '<!doctype html><title>Oops</title>');
  [h, planted] = await Promise.all([startHarness(), serveCdn({ '@ljungby/focus-content': dir })]);
});
afterAll(async () => {
  await Promise.all([h.close(), planted.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const open = (options: Parameters<Harness['snippet']>[0]) =>
  h.open(
    h.snippet({ ...options, contentBase: `${planted.origin}/npm/@ljungby/focus-content@0.1` }),
  );

/**
 * Resolves when the widget has checked the data: every planted file makes it warn, and it
 * renders (or gives up) in the same task.
 */
const settled = async (o: Awaited<ReturnType<typeof open>>) => {
  await expect.poll(() => o.warnings.length, { timeout: 10_000 }).toBeGreaterThan(0);
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
  it('wrong types: the grid shows the three valid areas', async () => {
    const o = await open({ area: 'all' });
    await settled(o);
    const s = await shadow(o.page);
    expect(s.cards).toBe(3);
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toContain('sv/all.json.focusAreas[1].name is not plain text');
    expect(o.errors).toEqual([]);
    await o.close();
  });

  it('broken SVG geometry: the card is drawn without its illustration', async () => {
    const o = await open({ area: 'vatten' });
    await settled(o);
    const s = await shadow(o.page);
    expect(s).toMatchObject({ cards: 1, svgs: 0 });
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toContain('is not valid SVG');
    expect(o.errors).toEqual([]);
    await o.close();
  });

  it('unknown fields: dropped and named; an unknown SVG attribute refuses the drawing', async () => {
    const o = await open({ area: 'sagobygden' });
    await settled(o);
    const s = await shadow(o.page);
    expect(s).toMatchObject({ cards: 1, svgs: 0 });
    expect(s.html).not.toContain('alert');
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toContain('focusAreas[0].onclick is unknown (dropped)');
    expect(o.warnings[0]).toContain('attrs.onload is not valid SVG');
    expect(o.errors).toEqual([]);
    await o.close();
  });

  it('script-like strings: the area is refused and the link shows', async () => {
    const o = await open({ area: 'naringsliv' });
    await settled(o);
    const s = await shadow(o.page);
    expect(s).toMatchObject({ cards: 0, fallback: true });
    expect(s.html).not.toContain('onerror');
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toContain('summary.short is not plain text');
    expect(o.warnings[0]).toContain('callToAction.url is not an https URL');
    expect(o.errors).toEqual([]);
    await o.close();
  });

  it('not JSON: the link shows, with one warning', async () => {
    const o = await open({ area: 'vatten', lang: 'en' });
    await settled(o);
    expect(await shadow(o.page)).toMatchObject({ cards: 0, fallback: true });
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toContain('could not load');
    expect(o.errors).toEqual([]);
    await o.close();
  });
});
