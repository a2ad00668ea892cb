// Measures how tall the widget renders, for every area × layout × language, at every width from
// 240 to 1600 px (every 8 px), in Chromium at the default font size, and writes
// build/heights.json, from which the build writes the size reservation (dist/embed.css).
// Rerun after a content or style change (a test says when): npm run measure -w @ljungby/embed-widget
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { locales } from '@ljungby/focus-content';
import { areas, layouts } from '../src/options.ts';
import { heightsFingerprint } from '../build/fingerprint.ts';
import { cdnPackages, packageDir } from '../test/support/fixtures.ts';
import { launchChromium, serveCdn, serveHostPages } from '@ljungby/test-browser';

export const widths = Array.from({ length: (1600 - 240) / 8 + 1 }, (_, i) => 240 + i * 8);
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
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
// Every widget at the top of the page (all in view at once), as wide as --w.
const body = combos
  .map(
    (c) =>
      `<div class="w"><ljungby-story area="${c.area}" layout="${c.layout}" lang="${c.lang}" content-base="${cdn.origin}/npm/@ljungby/focus-content@0.1"></ljungby-story></div>`,
  )
  .join('');
host.set('/', {
  body: `<!doctype html><html lang="sv"><head><style>body{margin:0}.w{position:absolute;top:0;left:0;width:var(--w)}</style></head><body>${body}<script src="${cdn.origin}/npm/@ljungby/embed-widget@${version}/dist/embed.js"></script></body></html>`,
});
await page.goto(`${host.origin}/`);
await page.waitForFunction(
  (n) =>
    [...document.querySelectorAll('ljungby-story')].filter((el) => el.shadowRoot?.firstElementChild)
      .length === n,
  combos.length,
);
const heights: number[][] = await page.evaluate(async (ws) => {
  const out: number[][] = [];
  const roots = [...document.querySelectorAll('ljungby-story')].map(
    (el) => el.shadowRoot?.firstElementChild as HTMLElement,
  );
  for (const w of ws) {
    document.documentElement.style.setProperty('--w', `${w}px`);
    await document.fonts.ready;
    out.push(roots.map((r) => Math.ceil(r.getBoundingClientRect().height)));
  }
  return out;
}, widths);
await Promise.all([browser.close(), cdn.close(), host.close()]);

const result = {
  $comment:
    'Written by scripts/measure.ts: rendered height in px at each width (px), default font size 16 px, Chromium. Rerun after content or style changes: npm run measure -w @ljungby/embed-widget',
  fingerprint: heightsFingerprint(join(packageDir, 'dist')),
  widths,
  heights: Object.fromEntries(
    combos.map((c, i) => [`${c.lang} ${c.area} ${c.layout}`, heights.map((row) => row[i] ?? 0)]),
  ),
};
// Written as Prettier writes it, so that the format check passes on a freshly measured file.
const file = join(packageDir, 'build/heights.json');
const options = { ...(await resolveConfig(file)), filepath: file };
writeFileSync(file, await format(JSON.stringify(result), options));
console.log(
  `measured ${combos.length} renderings at ${widths.length} widths in ${Math.round(performance.now() - started)} ms`,
);
