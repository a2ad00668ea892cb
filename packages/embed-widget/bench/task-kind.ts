// The kind of a main-thread task, told from the trace events directly inside it: the groups that
// `npm run bench:cpu` (main-thread.ts) sums the time by, so that the difference between two
// embeds shows where it is (their scripts, their drawing, their requests, or the frames between).

/** The kinds, in the order the table prints them. */
export const taskKinds = [
  'test harness',
  'script load',
  'style and layout',
  'script callbacks',
  'stylesheet parsing',
  'frames',
  'other',
] as const;
export type TaskKind = (typeof taskKinds)[number];

interface TopEvent {
  name: string;
  args?: { data?: { url?: string } };
}

/** What a task did, from its outermost events. The first kind that matches names it. */
export function taskKind(top: TopEvent[]): TaskKind {
  const has = (test: (e: TopEvent) => boolean) => top.some(test);
  // Playwright's own page.evaluate and waitForFunction: a script without a URL. Both embeds pay
  // for it alike; it is counted, and shown apart.
  if (has((e) => e.name === 'EvaluateScript' && !e.args?.data?.url)) return 'test harness';
  if (has((e) => e.name === 'EvaluateScript')) return 'script load';
  // A task that lays out, with whatever script made it (the widget's render task, a frame).
  if (has((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree')) return 'style and layout';
  if (has((e) => e.name === 'FunctionCall')) return 'script callbacks';
  if (has((e) => e.name === 'ParseAuthorStyleSheet')) return 'stylesheet parsing';
  if (has((e) => /Paint|Commit|AnimationFrame/.test(e.name))) return 'frames';
  // A request's response, a message between processes, a timer without script.
  return 'other';
}
