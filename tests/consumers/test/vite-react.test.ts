// examples/vite-react: a fresh Vite + React app, installed from the packed tarballs, builds and
// shows the four cards with the kit's stylesheet in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installedFrom, launch, projectDir, run, serveFolder, swedishNames } from './support.ts';

const dir = projectDir('vite-react');
let site: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  await run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
  site = await serveFolder(join(dir, 'dist'));
});
afterAll(async () => {
  await site.close();
});

const unescape = (s: string) =>
  s.replace(/\\u([0-9a-f]{4})/giu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

it('installs the tarballs, not workspace links', () => {
  expect(installedFrom(dir, '@ljungby/ui-components')).toMatch(
    /^file:.*ljungby-ui-components-.*\.tgz$/u,
  );
  expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).not.toMatch(/"link": true/u);
});

it('vite build emits the cards and the stylesheet', () => {
  const assets = join(dir, 'dist/assets');
  const read = (ext: string) =>
    readdirSync(assets)
      .filter((f) => f.endsWith(ext))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
  const js = unescape(read('.js'));
  for (const name of swedishNames) expect(js).toContain(name);
  const css = read('.css');
  expect(css).toContain('.lk-focus-area-card');
  expect(css).toContain('@layer lk.tokens');
});

it('the built app shows the four cards in Chromium', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.base);
    const titles = page.locator('.lk-focus-area-card__title');
    await titles.first().waitFor();
    expect(await titles.allTextContents()).toEqual(swedishNames);
    for (const card of await page.locator('.lk-focus-area-card').all())
      expect(await card.isVisible()).toBe(true);
    // The stylesheet applied: the card has the kit's border.
    const border = await page
      .locator('.lk-focus-area-card')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).toBe('solid');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
