// The project that the docs' examples run in, shared by the doc-examples-*.test.ts files:
// global-setup.ts installed it once for the run (the packed tarballs and the tools the examples
// name, see installs.ts), and every file uses that one install. The files may run at the same
// time, so each writes only its own files into it (src/<id>.<ext> per block, tw/ for Tailwind).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectDir } from '../support.ts';
import { examples, type Example } from './examples.ts';

export const all = examples();
export const ofKind = (kind: Example['kind']) => all.filter((e) => e.kind === kind);

/** The React 19 install; doc-examples-typescript.test.ts also type-checks against React 18's. */
export const dir = projectDir('doc-examples');
export const bin = (name: string) => join(dir, 'node_modules/.bin', name);
/** Run a command; on failure, the error carries its output. */
export const exec = (file: string, args: string[], cwd = dir) => {
  try {
    return {
      ok: true,
      out: execFileSync(file, args, { cwd, encoding: 'utf8', stdio: 'pipe' }),
      err: '',
    };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
};
/** A path inside an installed package of the project. */
export const installed = (pkg: string, path = '') => join(dir, 'node_modules', pkg, path);
