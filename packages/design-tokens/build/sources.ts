// Reading the DTCG source: which files make up each mode, and each file's tokens with the
// structural problems a token editor must be told about (file, token, what is expected).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { visit } from 'jsonc-parser';
import type { ResolvedColorScheme } from '../src/color-schemes.ts';

export const tokenTypes = [
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'number',
  'shadow',
  'duration',
  'cubicBezier',
] as const;
export type TokenType = (typeof tokenTypes)[number];

export interface SourceToken {
  path: string;
  file: string;
  type: TokenType;
  value: unknown;
  description: string | undefined;
}

/** The files of each colour scheme, relative to the tokens folder. */
export const schemeSources: Record<ResolvedColorScheme, readonly string[]> = {
  light: ['brand.json', 'primitives', 'themes/light.json', 'focus-areas/light.json'],
  dark: ['brand.json', 'primitives', 'themes/dark.json', 'focus-areas/dark.json'],
};

export class TokenSourceError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The design tokens have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'TokenSourceError';
    this.problems = problems;
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Expands a list of files and folders (relative to `dir`) into JSON file paths. */
export function sourceFiles(dir: string, entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      return readdirSync(full)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(full, f));
    }
    return [full];
  });
}

/**
 * Keys that appear twice in one object. `JSON.parse` keeps the last silently, so a token pasted
 * twice into a file would change the output without a word; a real JSON scanner sees both.
 */
function duplicateKeys(text: string): { path: string; line: number; first: number }[] {
  const seen: Map<string, number>[] = [];
  const found: { path: string; line: number; first: number }[] = [];
  visit(text, {
    onObjectBegin: () => {
      seen.push(new Map());
    },
    onObjectEnd: () => {
      seen.pop();
    },
    onObjectProperty: (property, _offset, _length, line, _character, pathSupplier) => {
      const keys = seen.at(-1);
      const first = keys?.get(property);
      const path = [...pathSupplier(), property].join('.');
      if (first !== undefined) found.push({ path, line: line + 1, first });
      else keys?.set(property, line + 1);
    },
  });
  return found;
}

/** Reads one DTCG file into tokens, reporting structural problems. */
export function readFile(file: string, root: string, problems: string[]): SourceToken[] {
  const name = relative(root, file);
  let json: unknown;
  const text = readFileSync(file, 'utf8');
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${name}: is not valid JSON (${(error as Error).message})`);
    return [];
  }
  for (const { path, line, first } of duplicateKeys(text)) {
    problems.push(
      `${name}: ${path}: is defined twice in this file (lines ${String(first)} and ${String(line)}); keep one`,
    );
  }
  const tokens: SourceToken[] = [];
  const walk = (node: Record<string, unknown>, path: string[], inheritedType?: string) => {
    const groupType = typeof node.$type === 'string' ? node.$type : inheritedType;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) continue;
      const childPath = [...path, key];
      const dotted = childPath.join('.');
      if (!isObject(child)) {
        problems.push(
          `${name}: ${dotted}: expected a token ({ "$value": … }) or a group of tokens, found ${JSON.stringify(child)}`,
        );
        continue;
      }
      if (!('$value' in child)) {
        walk(child, childPath, groupType);
        continue;
      }
      const type = typeof child.$type === 'string' ? child.$type : groupType;
      if (type === undefined) {
        problems.push(
          `${name}: ${dotted}: has no $type; add "$type" to the token or its group (one of ${tokenTypes.join(', ')})`,
        );
        continue;
      }
      if (!(tokenTypes as readonly string[]).includes(type)) {
        problems.push(
          `${name}: ${dotted}: $type "${type}" is not supported; use one of ${tokenTypes.join(', ')}`,
        );
        continue;
      }
      const description = typeof child.$description === 'string' ? child.$description : undefined;
      if (!description?.trim()) {
        problems.push(
          `${name}: ${dotted}: has no $description; say in a sentence where a designer should use it`,
        );
      }
      tokens.push({
        path: dotted,
        file: name,
        type: type as TokenType,
        value: child.$value,
        description,
      });
    }
  };
  if (isObject(json)) walk(json, []);
  else problems.push(`${name}: the top level must be an object of token groups`);
  return tokens;
}
