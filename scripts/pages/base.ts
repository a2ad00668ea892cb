// The base path the combined site is published under: GitHub Pages serves a project site at
// /<repo>/, so everything must work from a sub-path, not only from /.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's folder: the root package's name (`berattarkit`), as GitHub Pages uses it. */
export const repoRoot = join(import.meta.dirname, '../..');

/** `/<repo>/`, the sub-path `npm start` and the tests serve from, as GitHub Pages will. */
export function repoBase(): string {
  const { name } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
  };
  return `/${name}/`;
}

/**
 * `'/'`, `'/x/'` or `'/x/y/'` from what a person or a workflow passes (`x`, `/x`, `/x/`, `''`).
 * Anything that is not a plain path (a URL, `..`, spaces) is refused with the reason.
 */
export function normalizeBase(input: string): string {
  const trimmed = input.trim();
  const parts = trimmed.split('/').filter(Boolean);
  const bad = parts.find((p) => p === '.' || p === '..' || !/^[\w.~-]+$/.test(p));
  if (/^[a-z]+:/i.test(trimmed) || bad !== undefined) {
    throw new Error(
      `base path ${JSON.stringify(input)}: expected a path such as "/berattarkit/" (letters, ` +
        `digits, "-", "_", "." and "~" between slashes), not a URL or "${bad ?? trimmed}"`,
    );
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}
