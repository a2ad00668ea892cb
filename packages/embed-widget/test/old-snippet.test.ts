// Snippets pasted from 0.1 keep working: the published 0.1.0 script (test/fixtures) with its
// inline-style reservation, against the content files this build publishes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cards, startHarness, widgetText, type Harness } from './support/harness.ts';
import { packageDir } from './support/fixtures.ts';
import { serveCdn, type Cdn } from '@ljungby/test-browser';

let h: Harness;
let old: Cdn;
beforeAll(async () => {
  [h, old] = await Promise.all([
    startHarness(),
    serveCdn({ '@ljungby/embed-widget': join(packageDir, 'test/fixtures/published-0.1.0') }),
  ]);
});
afterAll(async () => {
  await Promise.all([h.close(), old.close()]);
});

/**
 * The SRI hash the 0.1.0 snippets carry: the browser refuses the fixture unless it is the
 * published file byte for byte (a formatter run over test/ once broke that unseen).
 */
const integrity01 = 'sha384-S5zrWM0fvdV99EoXkkiVSWrbhu8Nm6P9fHySEyhobeZgEszwYR3dOOe6oOyqFxYj';

/** The 0.1 snippet as createSnippet() wrote it (content-base points at the test CDN). */
const snippet01 = (area: string, lang: string, height: number) =>
  `<ljungby-story area="${area}" lang="${lang}" content-base="${h.contentBase}" style="display:block;min-height:${height}px">
  <a href="https://www.ljungby.se/">Ljungby kommun</a>
</ljungby-story>
<script src="${old.origin}/npm/@ljungby/embed-widget@0.1.0/dist/embed.js" integrity="${integrity01}" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>`;

describe('the 0.1 snippet against the new data files', () => {
  it('loads the published 0.1.0 script, byte for byte', () => {
    const file = join(packageDir, 'test/fixtures/published-0.1.0/dist/embed.js');
    const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
    expect(hash, `${file} is not the published file (reformatted?)`).toBe(integrity01);
  });

  it('renders the grid of every area and a card, with no error', async () => {
    const o = await h.open(`${snippet01('all', 'sv', 500)}${snippet01('vatten', 'en', 540)}`);
    await cards(o.page, focusAreaIds.length);
    await cards(o.page, 1, 1);
    expect(await widgetText(o.page)).toContain('Sagobygden');
    expect(await widgetText(o.page, 1)).toContain('Water');
    expect(o.errors).toEqual([]);
    expect(o.warnings).toEqual([]);
    // The 0.1 script still fetches the whole-locale files, which this build still publishes.
    expect(h.cdn.log).toEqual(
      expect.arrayContaining([
        '/npm/@ljungby/focus-content@0.1/dist/json/sv.json',
        '/npm/@ljungby/focus-content@0.1/dist/json/illustrations.json',
      ]),
    );
    await o.close();
  });
});
