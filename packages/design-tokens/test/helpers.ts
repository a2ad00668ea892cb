import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { formats } from '../build/formats/index.ts';
import { tokenSet } from '../build/model.ts';
import { tokensModule } from '../build/tokens-module.ts';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(packageDir, 'dist');
export const tokensDir = join(packageDir, 'tokens');

export type Nested = { [key: string]: Nested | string | number };

export interface BuiltTokens {
  light: Nested;
  dark: Nested;
  focusAreas: Record<string, Record<'light' | 'dark', Nested>>;
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
export const builtTokens = (dist = distDir) =>
  readJson<BuiltTokens>(join(dist, 'json/tokens.json'));

/**
 * Every published format, made in this test's process from the tokens that global-setup.ts
 * resolved: what the format code makes now (the package's dist/ may be older). By file, as
 * under dist/; `generated/tokens.ts` is the JS API's module.
 */
export function freshOutputs(): Record<string, string> {
  const set = tokenSet(inject('resolved'));
  const files: Record<string, string> = { 'generated/tokens.ts': tokensModule(set) };
  for (const format of formats)
    for (const destination of format.destinations) files[destination] = format.write(set);
  return files;
}

/**
 * Imports a generated TypeScript module: written to a temporary file, which is removed as soon as
 * Node has loaded it (the module stays in memory). Called inside tests, where an `afterAll`
 * would never run, so the folder is not left to a hook.
 */
export async function importModule(source: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'lk-tokens-module-'));
  try {
    writeFileSync(join(dir, 'tokens.ts'), source);
    return (await import(join(dir, 'tokens.ts'))) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** Flattens a nested token tree into `path → value`. */
export function flatten(tree: Nested, prefix: string[] = []): Map<string, string | number> {
  const out = new Map<string, string | number>();
  for (const [key, value] of Object.entries(tree)) {
    const path = [...prefix, key];
    if (typeof value === 'object') flatten(value, path).forEach((v, k) => out.set(k, v));
    else out.set(path.join('.'), value);
  }
  return out;
}
