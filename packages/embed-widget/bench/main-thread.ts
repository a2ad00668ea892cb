// npm run bench:cpu — where the main thread's time goes, from the snippet to the four rendered
// cards, for <ljungby-story area="all"> and lite-youtube-embed, as the bench (bench.ts) runs
// them. Counts the thread's CPU time in a Chromium trace (tdur), not the wall time that `npm run
// bench` reports: on a busy machine the wall time of a task includes the time the thread waited
// for a core, its CPU time does not, so two builds can be compared while others are working.
// BENCH_RUNS (default 9) runs each; BENCH_EMBED_DIR serves another build of this package, to
// compare two builds in the same conditions: copy package.json and dist/ of the first into a
// folder inside the repository, where its imports resolve (`mkdir -p node_modules/.cache/before
// && cp -r package.json dist node_modules/.cache/before/`), change, build, and run both.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../test/support/browser.ts';
import { insertSnippet } from './insert-snippet.ts';
import { cdnPackages } from '../test/support/fixtures.ts';
import { serveCdn, serveHostPages } from '@ljungby/test-browser';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const runs = Number(process.env.BENCH_RUNS ?? 9);
const embedDir = process.env.BENCH_EMBED_DIR ?? cdnPackages['@ljungby/embed-widget'];
// The snippet of the build served, with that build's SRI hashes.
const { createSnippet } = (await import(
  pathToFileURL(join(embedDir, 'dist/index.js')).href
)) as typeof import('../dist/index.js');
const liteDir = dirname(fileURLToPath(import.meta.resolve('lite-youtube-embed/package.json')));
const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

const cdn = await serveCdn({
  ...cdnPackages,
  '@ljungby/embed-widget': embedDir,
  'lite-youtube-embed': liteDir,
});
const host = await serveHostPages();
const browser = await launch();
host.set('/bench', {
  body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Bench</title></head><body><main></main></body></html>`,
});
const liteBase = `${cdn.origin}/npm/lite-youtube-embed@${versionOf(liteDir)}/src`;
const embeds = {
  ours: {
    html: createSnippet({
      area: 'all',
      scriptBase: `${cdn.origin}/npm/@ljungby/embed-widget@${versionOf(embedDir)}`,
      contentBase: `${cdn.origin}/npm/@ljungby/focus-content@0.1`,
    }),
    ready: `(() => { const root = document.querySelector('ljungby-story')?.shadowRoot; return root?.querySelectorAll('.lk-focus-area-card__text').length === 4 && root.adoptedStyleSheets.length > 0; })()`,
  },
  lite: {
    html: [
      `<link rel="stylesheet" href="${liteBase}/lite-yt-embed.css" crossorigin="anonymous">`,
      `<lite-youtube videoid="ogfYd705cRs" playlabel="Play"></lite-youtube>`,
      `<script src="${liteBase}/lite-yt-embed.js" crossorigin="anonymous"></script>`,
    ].join('\n'),
    ready: `!!document.querySelector('lite-youtube')?.querySelector('.lty-playbtn')`,
  },
};

/** CPU ms of the main thread's tasks from the snippet to ready, in all and by top-level event. */
async function sample(html: string, ready: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(`${host.origin}/bench`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,blink.user_timing,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await insertSnippet(page, html, 'lk-insert');
  await page.waitForFunction(ready, undefined, { timeout: 60_000, polling: 'raf' });
  // One more frame, so that the rendering work is counted too (as bench.ts does).
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await page.evaluate(() => performance.mark('lk-ready'));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  const mark = (name: string) => events.find((e) => e.name === name);
  const [start, end] = [mark('lk-insert'), mark('lk-ready')];
  if (!start || !end) throw new Error('the trace lacks the marks');
  const onThread = events.filter(
    (e) => e.pid === start.pid && e.ph === 'X' && e.ts >= start.ts && e.ts <= end.ts,
  );
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.tid === start.tid);
  const byEvent: Record<string, number> = {};
  for (const task of tasks) {
    const inside = onThread.filter(
      (e) =>
        e !== task &&
        e.tid === task.tid &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0),
    );
    const contains = (a: TraceEvent, b: TraceEvent) =>
      a !== b && a.ts <= b.ts && a.ts + (a.dur ?? 0) >= b.ts + (b.dur ?? 0) && a.dur !== b.dur;
    for (const e of inside.filter((e) => !inside.some((o) => contains(o, e))))
      byEvent[e.name] = (byEvent[e.name] ?? 0) + (e.tdur ?? 0) / 1000;
  }
  return { cpuMs: tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000, byEvent };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const samples: Record<string, Awaited<ReturnType<typeof sample>>[]> = { ours: [], lite: [] };
for (let i = 0; i < runs; i++) {
  for (const [name, { html, ready }] of Object.entries(embeds))
    samples[name]?.push(await sample(html, ready));
}
await browser.close();
await cdn.close();
await host.close();

console.log(`\nMain-thread CPU time (trace tdur), 4x CPU throttling, ${runs} runs each, ms:\n`);
const rows = Object.entries(samples).map(([name, xs]) => {
  const cpu = xs.map((x) => x.cpuMs);
  const names = [...new Set(xs.flatMap((x) => Object.keys(x.byEvent)))];
  const top = names
    .map((n) => [n, median(xs.map((x) => x.byEvent[n] ?? 0))] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  return {
    embed: name,
    median: median(cpu).toFixed(1),
    'min–max': `${Math.min(...cpu).toFixed(0)}–${Math.max(...cpu).toFixed(0)}`,
    'largest parts (median)': top.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', '),
  };
});
console.table(rows);
const ratio = Number(rows[0]?.median) / Number(rows[1]?.median);
console.log(`ratio ours / lite-youtube-embed: ${ratio.toFixed(2)}x (budget 1.0x, in bench.ts)`);
