// The Next.js example is installed from the tarballs and built once per run, however many proof
// files need it: the first caller takes a lock folder and builds; the others wait for its
// "done" (or "failed") marker. Vitest runs each file in its own worker, so a module-level
// promise cannot be shared.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installExample, npmEnv, run, type PackageName } from './support.ts';

const names: PackageName[] = [
  '@ljungby/design-tokens',
  '@ljungby/focus-content',
  '@ljungby/ui-components',
  '@ljungby/media-kit',
];

export async function builtNextApp(
  work: string,
  tarballs: Record<string, string>,
): Promise<string> {
  const dir = join(work, 'next-app');
  const lock = join(work, 'next-app.lock');
  const done = join(lock, 'done');
  const failed = join(lock, 'failed');
  try {
    mkdirSync(lock);
  } catch {
    // Another proof is building it: wait for its marker (the hook timeout bounds the wait).
    while (!existsSync(done) && !existsSync(failed)) await new Promise((r) => setTimeout(r, 250));
    if (existsSync(failed))
      throw new Error(`building the Next.js example failed: ${readFileSync(failed, 'utf8')}`);
    return dir;
  }
  try {
    await installExample(work, 'next-app', tarballs, names);
    await run(join(dir, 'node_modules/.bin/next'), ['build'], { cwd: dir, env: npmEnv });
    writeFileSync(done, '');
    return dir;
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
}
