// The Next.js example, installed from the tarballs by global-setup.ts, is built once per run,
// however many proof files need it: the first caller takes a lock folder and builds; the others wait for its
// "done" (or "failed") marker. Vitest runs each file in its own worker, so a module-level
// promise cannot be shared.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { npmEnv, projectDir, run } from './support.ts';

async function builtNextApp(work: string): Promise<string> {
  const dir = projectDir('next-app');
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
    await run(join(dir, 'node_modules/.bin/next'), ['build'], { cwd: dir, env: npmEnv });
    writeFileSync(done, '');
    return dir;
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => {
        resolve(port);
      });
    });
  });

/**
 * The built Next.js example, served by `next start` on a free loopback port, for the proofs of
 * one file: built (once per run) and started before its first test, stopped after its last.
 */
export function useNextApp() {
  /** `dir`: the example's folder, installed and built; `origin`: `http://127.0.0.1:<port>`, answering. */
  const app = { dir: '', origin: '' };
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    app.dir = await builtNextApp(inject('work'));
    const port = await freePort();
    server = spawn(
      join(app.dir, 'node_modules/.bin/next'),
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: app.dir, env: npmEnv, stdio: 'ignore' },
    );
    app.origin = `http://127.0.0.1:${port}`;
    // It takes a moment to start on a busy machine: wait until it answers.
    for (let i = 0; ; i++) {
      try {
        await fetch(`${app.origin}/`);
        return;
      } catch (error) {
        if (i > 100) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
  afterAll(() => {
    server?.kill();
  });
  return app;
}
