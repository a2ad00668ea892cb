// npm run bench — a benchmark, not a test. In Chromium with 4x CPU throttling, measures the
// main-thread time from inserting the snippet to four rendered cards, and the bytes transferred,
// for <ljungby-story area="all"> and, in the same run, for lite-youtube-embed (the lightest
// well-known embed) as the reference. Prints both and the ratio; then the same on a throttled
// "Fast 3G"-like connection (time from the snippet to text visible, ours, and to lite's poster
// box with its play button), and the cumulative layout shift per width.
// The clock starts when the whole snippet (its links, the element and the script) reaches the
// page, for both embeds: what the snippet asks for counts, whatever it asks for first.
// BENCH_EMBED_DIR serves another build of this package instead of this one (see main-thread.ts).
import type { Page } from 'playwright-core';
import { insertSnippet } from './insert-snippet.ts';
import {
  bases,
  browser,
  cdn,
  closeStage,
  createSnippet,
  embeds,
  host,
  liteVersion,
  version,
} from './stage.ts';

const runs = Number(process.env.BENCH_RUNS ?? 7);

interface Sample {
  mainThreadMs: number;
  wallMs: number;
  bytes: number;
  requests: number;
}

/** Chrome DevTools' "Fast 3G" preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up. */
const fast3g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.44e6 / 8) * 1,
  uploadThroughput: 675e3 / 8,
};

async function measure(
  path: string,
  insert: (page: Page) => Promise<void>,
  ready: string,
  slowNetwork = false,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await p.goto(`${host.origin}${path}`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (slowNetwork) await cdp.send('Network.emulateNetworkConditions', fast3g);
  let bytes = 0;
  let requests = 0;
  // Only what the embed itself loads from the CDN counts, not the host page or its favicon.
  const fromCdn = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
    if (e.request.url.startsWith(cdn.origin)) fromCdn.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (!fromCdn.has(e.requestId)) return;
    bytes += e.encodedDataLength;
    requests++;
  });
  const metric = async (name: string) =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) *
    1000;
  const before = await metric('TaskDuration');
  const started = Date.now();
  await insert(p);
  await p.waitForFunction(ready, undefined, { timeout: 60_000, polling: 'raf' });
  // One more frame, so that the rendering work is counted too.
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const sample = {
    mainThreadMs: (await metric('TaskDuration')) - before,
    wallMs: Date.now() - started,
    bytes,
    requests,
  };
  await context.close();
  return sample;
}

/** Inserts a snippet as a page would hold it: links, element and script, the script run. */
const snippet = (html: string) => (p: Page) => insertSnippet(p, html);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const results: Record<string, Sample[]> = { ours: [], lite: [], ours3g: [], lite3g: [] };
const oursSnippet = snippet(embeds.ours.html);
const liteSnippet = snippet(embeds.lite.html);
const { ready: oursReady } = embeds.ours;
const { ready: liteReady } = embeds.lite;
for (let i = 0; i < runs; i++) {
  results.ours?.push(await measure('/bench', oursSnippet, oursReady));
  results.lite?.push(await measure('/bench', liteSnippet, liteReady));
}
for (let i = 0; i < Math.min(runs, 3); i++) {
  results.ours3g?.push(await measure('/bench', oursSnippet, oursReady, true));
  results.lite3g?.push(await measure('/bench', liteSnippet, liteReady, true));
}

// Cumulative layout shift of the recommended snippet per width, the script arriving late.
const clsWidths = [320, 390, 768, 1024, 1280];
const clsCombos = [
  { area: 'vatten', layout: 'card' },
  { area: 'all', layout: 'card' },
  { area: 'vatten', layout: 'story' },
] as const;
cdn.fault('/dist/embed.js', { delayMs: 300 });
const clsRows: Record<string, string | number>[] = [];
for (const combo of clsCombos) {
  const row: Record<string, string | number> = { snippet: `${combo.area} ${combo.layout}` };
  for (const [label, width, theme] of [
    ...clsWidths.map((w) => [`${w} px`, w, ''] as const),
    ['680 px column', 1280, 'main{max-width:680px;margin:0 auto}'] as const,
  ]) {
    const path = `/cls-${combo.area}-${combo.layout}-${label.replace(/\W/g, '')}`;
    const snippet = createSnippet({
      ...combo,
      ...bases,
    });
    host.set(path, {
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>CLS</title><style>${theme}</style><script>window.cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script></head><body><main><h1>Föreningen</h1><p>Inledning.</p>${snippet}<p>Text efter.</p></main></body></html>`,
    });
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${host.origin}${path}`);
    await p.waitForFunction(
      `!!document.querySelector('ljungby-story')?.shadowRoot?.firstElementChild`,
      undefined,
      { timeout: 30_000 },
    );
    await p.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    row[label] = Number(
      (await p.evaluate(() => (window as unknown as { cls: number }).cls)).toFixed(4),
    );
    await context.close();
  }
  clsRows.push(row);
}
cdn.fault('/dist/embed.js', undefined);
await closeStage();

const summary = (name: string, xs: Sample[]) => ({
  embed: name,
  'main thread (ms, median)': median(xs.map((x) => x.mainThreadMs)).toFixed(1),
  // The spread, so that a ratio near the budget is read with its noise (runs differ by 10-20 %).
  'main thread (ms, min–max)': `${Math.min(...xs.map((x) => x.mainThreadMs)).toFixed(0)}–${Math.max(...xs.map((x) => x.mainThreadMs)).toFixed(0)}`,
  'snippet → rendered (ms, median)': median(xs.map((x) => x.wallMs)).toFixed(0),
  'bytes transferred': median(xs.map((x) => x.bytes)),
  requests: median(xs.map((x) => x.requests)),
});
const a = summary(`<ljungby-story area="all"> ${version}`, results.ours ?? []);
const b = summary(`lite-youtube-embed ${liteVersion}`, results.lite ?? []);
console.log(
  `\nChromium, 4x CPU throttling, ${runs} runs each, cache disabled, gzip from a loopback CDN\n`,
);
console.table([a, b]);
const ratio = (k: keyof typeof a) => (Number(a[k]) / Number(b[k])).toFixed(2);
console.log(
  `ratio ljungby-story / lite-youtube-embed: main thread ${ratio('main thread (ms, median)')}x (budget 1.0x), bytes ${ratio('bytes transferred')}x, requests ${ratio('requests')}x`,
);
console.log(
  `\n"Fast 3G"-like connection (562.5 ms round trip, 1.44 Mbit/s), 4x CPU, ${Math.min(runs, 3)} runs each: time from the snippet to ...\n`,
);
console.table([
  {
    embed: `<ljungby-story area="all">: four cards' text visible`,
    'ms (median)': median((results.ours3g ?? []).map((x) => x.wallMs)),
    'bytes transferred': median((results.ours3g ?? []).map((x) => x.bytes)),
  },
  {
    embed:
      'lite-youtube-embed: poster box and play button (the poster image itself comes from i.ytimg.com, not reachable here: add its ~15-30 kB)',
    'ms (median)': median((results.lite3g ?? []).map((x) => x.wallMs)),
    'bytes transferred': median((results.lite3g ?? []).map((x) => x.bytes)),
  },
]);
console.log('\nCumulative layout shift, recommended snippet, script 300 ms late (budget 0.01):\n');
console.table(clsRows);
