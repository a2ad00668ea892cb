import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
export const builtTokens = () => readJson<BuiltTokens>(join(distDir, 'json/tokens.json'));

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
