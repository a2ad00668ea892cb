import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
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
export interface ContentCopy {
  root: string;
  edit: (file: string, fn: (text: string) => string) => void;
  remove: () => void;
}

export function contentCopy(): ContentCopy {
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

/** One planted mistake: in `file` (a path in the package), `from` is replaced by `to`. */
export type Edit = readonly [file: string, from: string | RegExp, to: string];

/**
 * The fixture of the tests that plant mistakes: `plant(edits)` copies content/, makes the edits
 * (each must change something) and returns the copy, which is removed after the test.
 */
export function plantedCopies(): (edits?: readonly Edit[]) => ContentCopy {
  let copy: ContentCopy | undefined;
  afterEach(() => {
    copy?.remove();
    copy = undefined;
  });
  return (edits = []) => {
    copy?.remove();
    copy = contentCopy();
    for (const [file, from, to] of edits) copy.edit(file, (text) => text.replace(from, to));
    return copy;
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
