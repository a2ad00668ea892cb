// Measures how tall the widget renders, for every area × layout × language, in Chromium, and
// writes build/heights.json, from which the build writes the size reservation
// (dist/reserve/<kind>.css, see build/reservation.ts). Cards and the grid are measured at every
// pixel of width from 200 to 1600 px, so that their reservation can hug them; stories every 8 px.
// Each at the default font size (16 px) and at 20 px (a visitor who chose larger text), the
// second scaled down to 16 px: the reservation covers both.
// Rerun after a content or style change (a test says when): npm run measure -w @ljungby/embed-widget
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { locales } from '@ljungby/focus-content';
import { areas, layouts } from '../src/options.ts';
import { reservationKind, reservationKinds, type ReservationKind } from '../src/reservation.ts';
import { heightsFingerprint } from '../build/fingerprint.ts';
import { widthsOf, type Heights } from '../build/reservation.ts';
import { cdnPackages, packageDir } from '../test/support/fixtures.ts';
import { launchChromium, serveCdn, serveHostPages } from '@ljungby/test-browser';

const sampling: Heights['sampling'] = {
  card: [200, 1600, 1],
  grid: [200, 1600, 1],
  story: [200, 1600, 8],
};
/** The visitor's default font sizes measured; the first is the one the heights are given at. */
const fontSizes = [16, 20] as const;
const { version } = (await import('../package.json', { with: { type: 'json' } })).default;

const started = performance.now();
const [browser, cdn, host] = await Promise.all([
  launchChromium(),
  serveCdn(cdnPackages),
  serveHostPages(),
]);
const combos = locales.flatMap((lang) =>
  areas.flatMap((area) => layouts.map((layout) => ({ area, layout, lang }))),
);
const kindOf = (c: (typeof combos)[number]) => reservationKind(c.area, c.layout);

/** Heights (px at 16 px) of the combos of one kind at its widths, at one default font size. */
async function measure(kind: ReservationKind, fontSize: number): Promise<number[][]> {
  const mine = combos.filter((c) => kindOf(c) === kind);
  const scale = fontSize / fontSizes[0];
  const context = await browser.newContext({ viewport: { width: 2100, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: fontSize } });
  // Every widget at the top of the page (all in view at once), as wide as --w.
  const path = `/${kind}-${fontSize}`;
  const body = mine
    .map(
      (c) =>
        `<div class="w"><ljungby-story area="${c.area}" layout="${c.layout}" lang="${c.lang}" content-base="${cdn.origin}/npm/@ljungby/focus-content@0.1"></ljungby-story></div>`,
    )
    .join('');
  host.set(path, {
    body: `<!doctype html><html lang="sv"><head><style>body{margin:0}.w{position:absolute;top:0;left:0;width:var(--w)}</style></head><body>${body}<script src="${cdn.origin}/npm/@ljungby/embed-widget@${version}/dist/embed.js"></script></body></html>`,
  });
  await page.goto(`${host.origin}${path}`);
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('ljungby-story')].filter(
        (el) => el.shadowRoot?.firstElementChild,
      ).length === n,
    mine.length,
  );
  const heights = await page.evaluate(
    async ({ widths, scale }) => {
      await document.fonts.ready;
      const roots = [...document.querySelectorAll('ljungby-story')].map(
        (el) => el.shadowRoot?.firstElementChild as HTMLElement,
      );
      return widths.map((w) => {
        document.documentElement.style.setProperty('--w', `${w * scale}px`);
        return roots.map((r) => Math.ceil(r.getBoundingClientRect().height / scale));
      });
    },
    { widths: widthsOf(sampling[kind]), scale },
  );
  await context.close();
  return heights;
}

const heights: Record<string, number[]> = {};
for (const kind of reservationKinds) {
  const mine = combos.filter((c) => kindOf(c) === kind);
  const runs: number[][][] = [];
  for (const size of fontSizes) runs.push(await measure(kind, size));
  mine.forEach((c, i) => {
    heights[`${c.lang} ${c.area} ${c.layout}`] = widthsOf(sampling[kind]).map((_, k) =>
      Math.max(...runs.map((run) => run[k]?.[i] ?? 0)),
    );
  });
}
await Promise.all([browser.close(), cdn.close(), host.close()]);

const result = {
  $comment:
    'Written by scripts/measure.ts: rendered height in px at each width (px) of its kind, at a 16 px default font size (the taller of 16 px and 20 px scaled down), Chromium. Rerun after content or style changes: npm run measure -w @ljungby/embed-widget',
  fingerprint: heightsFingerprint(join(packageDir, 'dist')),
  sampling,
  heights: Object.fromEntries(
    combos.map((c) => [
      `${c.lang} ${c.area} ${c.layout}`,
      heights[`${c.lang} ${c.area} ${c.layout}`],
    ]),
  ),
};
// Written as Prettier writes it, so that the format check passes on a freshly measured file.
const file = join(packageDir, 'build/heights.json');
const options = { ...(await resolveConfig(file)), filepath: file };
writeFileSync(file, await format(JSON.stringify(result), options));
console.log(
  `measured ${combos.length} renderings at ${fontSizes.join(' and ')} px in ${Math.round(performance.now() - started)} ms`,
);
