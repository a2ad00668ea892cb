// npm run bench — a benchmark, not a test. In Chromium with 4x CPU throttling, measures the
// main-thread time from inserting the script to four rendered cards, and the bytes transferred,
// for <ljungby-story area="all"> and, in the same run, for lite-youtube-embed (the lightest
// well-known embed) as the reference. Prints both and the ratio.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createSnippet } from '../dist/index.js';
import { launch } from '../test/support/browser.ts';
import { cdnPackages } from '../test/support/fixtures.ts';
import { startCdn, startHost } from '../test/support/servers.ts';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const liteDir = dirname(fileURLToPath(import.meta.resolve('lite-youtube-embed/package.json')));
const { version } = JSON.parse(
  readFileSync(join(cdnPackages['@ljungby/embed-widget'], 'package.json'), 'utf8'),
) as {
  version: string;
};
const liteVersion = (
  JSON.parse(readFileSync(join(liteDir, 'package.json'), 'utf8')) as { version: string }
).version;

const cdn = await startCdn({ ...cdnPackages, 'lite-youtube-embed': liteDir });
const host = await startHost();
const browser = await launch();

const ours = createSnippet({
  area: 'all',
  scriptBase: `${cdn.origin}/npm/@ljungby/embed-widget@${version}`,
  contentBase: `${cdn.origin}/npm/@ljungby/focus-content@0.1`,
});
const page = (body: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Bench</title></head><body><main>${body}</main></body></html>`;
// The script tag is inserted by the benchmark itself, so that the clock starts with it.
host.set('/ours', { body: page(ours.replace(/<script[\s\S]*<\/script>/, '')) });
host.set('/lite', {
  body: page(`<lite-youtube videoid="ogfYd705cRs" playlabel="Play"></lite-youtube>`),
});
const liteBase = `${cdn.origin}/npm/lite-youtube-embed@${liteVersion}/src`;

interface Sample {
  mainThreadMs: number;
  wallMs: number;
  bytes: number;
  requests: number;
}

async function measure(
  path: string,
  insert: (page: Page) => Promise<void>,
  ready: string,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  await p.goto(`${host.origin}${path}`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
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

const script =
  (src: string, extra = '') =>
  async (p: Page) => {
    await p.evaluate(
      ({ src, extra }) => {
        if (extra) {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = extra;
          document.head.append(link);
        }
        const s = document.createElement('script');
        s.src = src;
        s.crossOrigin = 'anonymous';
        document.body.append(s);
      },
      { src, extra },
    );
  };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const results: Record<string, Sample[]> = { ours: [], lite: [] };
for (let i = 0; i < runs; i++) {
  results.ours?.push(
    await measure(
      '/ours',
      script(`${cdn.origin}/npm/@ljungby/embed-widget@${version}/dist/embed.js`),
      `document.querySelector('ljungby-story')?.shadowRoot?.querySelectorAll('.lk-focus-area-card').length === 4`,
    ),
  );
  results.lite?.push(
    await measure(
      '/lite',
      script(`${liteBase}/lite-yt-embed.js`, `${liteBase}/lite-yt-embed.css`),
      `!!document.querySelector('lite-youtube')?.querySelector('.lty-playbtn')`,
    ),
  );
}
await browser.close();
await cdn.close();
await host.close();

const summary = (name: string, xs: Sample[]) => ({
  embed: name,
  'main thread (ms, median)': median(xs.map((x) => x.mainThreadMs)).toFixed(1),
  'script start → rendered (ms, median)': median(xs.map((x) => x.wallMs)).toFixed(0),
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
  `ratio ljungby-story / lite-youtube-embed: main thread ${ratio('main thread (ms, median)')}x, bytes ${ratio('bytes transferred')}x, requests ${ratio('requests')}x`,
);
