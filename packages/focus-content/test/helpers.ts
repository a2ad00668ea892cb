import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LocaleContent, Locale } from '../src/types.ts';

export const packageDir = resolve(import.meta.dirname, '..');
export const distDir = join(packageDir, 'dist');

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function published(locale: Locale): LocaleContent {
  return readJson<LocaleContent>(join(distDir, 'json', `${locale}.json`));
}

/** A throw-away copy of content/ that a test may break. */
export function contentCopy(): {
  root: string;
  edit: (file: string, fn: (text: string) => string) => void;
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'focus-content-'));
  cpSync(join(packageDir, 'content'), join(root, 'content'), { recursive: true });
  return {
    root,
    edit(file, fn) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = fn(before);
      // A fixture that does not change anything would make its test pass for the wrong reason.
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Runs the real build script; returns its exit status and output. */
export function runBuildScript(root: string, out: string): { status: number; output: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      [join(packageDir, 'scripts', 'build.ts'), '--root', root, '--out', out],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    return { status: 0, output: stdout };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}
