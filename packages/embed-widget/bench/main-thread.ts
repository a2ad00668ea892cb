// npm run bench:cpu — where the main thread's time goes, from the snippet to the four rendered
// cards, for <ljungby-story area="all"> and lite-youtube-embed, as the bench (bench.ts) runs
// them. Counts the thread's CPU time in a Chromium trace (tdur), not the wall time that `npm run
// bench` reports: on a busy machine the wall time of a task includes the time the thread waited
// for a core, its CPU time does not, so two builds can be compared while others are working.
// BENCH_RUNS (default 9) runs each; BENCH_EMBED_DIR serves another build of this package, to
// compare two builds in the same conditions: copy package.json and dist/ of the first into a
// folder inside the repository, where its imports resolve (`mkdir -p node_modules/.cache/before
// && cp -r package.json dist node_modules/.cache/before/`), change, build, and run both.
import { insertSnippet } from './insert-snippet.ts';
import { browser, closeStage, embeds, host } from './stage.ts';
import { taskKind, taskKinds } from './task-kind.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

const runs = Number(process.env.BENCH_RUNS ?? 9);

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
  const byKind: Record<string, number> = {};
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
    const top = inside.filter((e) => !inside.some((o) => contains(o, e)));
    for (const e of top) byEvent[e.name] = (byEvent[e.name] ?? 0) + (e.tdur ?? 0) / 1000;
    const kind = taskKind(top);
    byKind[kind] = (byKind[kind] ?? 0) + (task.tdur ?? 0) / 1000;
  }
  return { cpuMs: tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000, byEvent, byKind };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const samples: Record<string, Awaited<ReturnType<typeof sample>>[]> = { ours: [], lite: [] };
for (let i = 0; i < runs; i++) {
  for (const [name, { html, ready }] of Object.entries(embeds))
    samples[name]?.push(await sample(html, ready));
}
await closeStage();

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
console.log('\nThe same time by kind of task (median ms; a task is named by what it did):\n');
console.table(
  taskKinds.map((kind) => ({
    kind,
    ...Object.fromEntries(
      Object.entries(samples).map(([name, xs]) => [
        name,
        median(xs.map((x) => x.byKind[kind] ?? 0)).toFixed(1),
      ]),
    ),
  })),
);
const ratio = Number(rows[0]?.median) / Number(rows[1]?.median);
console.log(`ratio ours / lite-youtube-embed: ${ratio.toFixed(2)}x (budget 1.0x, in bench.ts)`);
