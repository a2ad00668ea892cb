// Checks the DTCG source before style-dictionary sees it, because a token editor needs to be
// told which file and which token is wrong — style-dictionary's own errors name neither.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseColor } from 'culori';
import { visit } from 'jsonc-parser';

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

/** The files of each mode, relative to the tokens folder. */
export const modeSources = {
  light: ['brand.json', 'primitives', 'themes/light.json', 'focus-areas/light.json'],
  dark: ['brand.json', 'primitives', 'themes/dark.json', 'focus-areas/dark.json'],
} as const;
export type Mode = keyof typeof modeSources;
export const modes = Object.keys(modeSources) as Mode[];

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

const referencePattern = /^\{([^{}]+)\}$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
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

function describeValueProblem(type: TokenType, value: unknown): string | undefined {
  const dimension = (v: unknown, units: string[]) =>
    isObject(v) &&
    typeof v.value === 'number' &&
    typeof v.unit === 'string' &&
    units.includes(v.unit);
  switch (type) {
    case 'color':
      return typeof value === 'string' && parseColor(value)
        ? undefined
        : 'a colour such as "#1d5f8a"';
    case 'dimension':
      return dimension(value, ['rem', 'px', 'em'])
        ? undefined
        : 'a dimension such as { "value": 1, "unit": "rem" } (unit rem, px or em)';
    case 'duration':
      return dimension(value, ['ms', 's'])
        ? undefined
        : 'a duration such as { "value": 120, "unit": "ms" }';
    case 'fontFamily':
      return typeof value === 'string' ||
        (Array.isArray(value) && value.length > 0 && value.every((f) => typeof f === 'string'))
        ? undefined
        : 'a font name or a list of font names';
    case 'fontWeight':
      return typeof value === 'number' && value >= 1 && value <= 1000
        ? undefined
        : 'a number from 1 to 1000, such as 400';
    case 'number':
      return typeof value === 'number' ? undefined : 'a plain number, such as 1.5';
    case 'cubicBezier':
      return Array.isArray(value) &&
        value.length === 4 &&
        value.every((n) => typeof n === 'number') &&
        [value[0], value[2]].every((x) => (x as number) >= 0 && (x as number) <= 1)
        ? undefined
        : 'four numbers [x1, y1, x2, y2] with x1 and x2 between 0 and 1';
    case 'shadow': {
      const px = ['px', 'rem', 'em'];
      const ok =
        isObject(value) &&
        typeof value.color === 'string' &&
        parseColor(value.color) !== undefined &&
        ['offsetX', 'offsetY', 'blur', 'spread'].every((k) => dimension(value[k], px));
      return ok ? undefined : 'a shadow { color, offsetX, offsetY, blur, spread }';
    }
  }
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
function readFile(file: string, root: string, problems: string[]): SourceToken[] {
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

/**
 * Validates every mode's token set: types, values and references. Throws a TokenSourceError
 * listing every problem, so that one run tells the editor everything to fix.
 */
export function validateTokens(tokensDir: string): Record<Mode, Map<string, SourceToken>> {
  const problems: string[] = [];
  const byFile = new Map<string, SourceToken[]>();
  const read = (file: string) => {
    let tokens = byFile.get(file);
    if (!tokens) {
      tokens = readFile(file, tokensDir, problems);
      byFile.set(file, tokens);
    }
    return tokens;
  };
  const result = {} as Record<Mode, Map<string, SourceToken>>;
  for (const mode of modes) {
    const set = new Map<string, SourceToken>();
    for (const file of sourceFiles(tokensDir, modeSources[mode])) {
      for (const token of read(file)) {
        const earlier = set.get(token.path);
        if (earlier) {
          problems.push(
            `${token.file}: ${token.path}: is already defined in ${earlier.file}; a token may be defined once per mode`,
          );
        }
        set.set(token.path, token);
      }
    }
    for (const token of set.values()) {
      const ref = typeof token.value === 'string' ? referencePattern.exec(token.value) : null;
      if (ref?.[1] !== undefined) {
        const target = set.get(ref[1]);
        if (!target) {
          const message = `${token.file}: ${token.path}: reference {${ref[1]}} does not resolve to a token (${mode} mode); check the spelling, or define it in brand.json or primitives/`;
          if (!problems.includes(message)) problems.push(message);
        } else if (target.type !== token.type) {
          problems.push(
            `${token.file}: ${token.path}: is a ${token.type} but refers to {${ref[1]}}, which is a ${target.type}`,
          );
        }
        continue;
      }
      const expected = describeValueProblem(token.type, token.value);
      if (expected) {
        const message = `${token.file}: ${token.path}: ${JSON.stringify(token.value)} is not a valid ${token.type}; expected ${expected}`;
        if (!problems.includes(message)) problems.push(message);
      }
    }
    result[mode] = set;
  }
  for (const problem of focusAreaProblems(result)) {
    if (!problems.includes(problem)) problems.push(problem);
  }
  if (problems.length > 0) throw new TokenSourceError(problems);
  return result;
}

const areaPrefix = 'focus-area.';
const accentPrefix = 'color.accent.';

/** The ids of the focus areas a mode's tokens define, in file order. */
export const definedAreaIds = (set: Map<string, SourceToken>) => [
  ...new Set(
    [...set.keys()]
      .filter((path) => path.startsWith(areaPrefix))
      .map((path) => path.slice(areaPrefix.length).split('.')[0] as string),
  ),
];

/**
 * Problems with the focus areas' accent sets: in every mode, each area in `areaIds` (by default
 * the areas the tokens define; the tests pass @ljungby/focus-content's list) must define exactly
 * the accent tokens that the theme defines as `color.accent.*`, because `[data-focus-area]`
 * remaps those and a missing one would fall back to the default accent without a word.
 */
export function focusAreaProblems(
  sets: Record<Mode, Map<string, SourceToken>>,
  areaIds?: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const mode of modes) {
    const set = sets[mode];
    const fileOf = (folder: string) =>
      modeSources[mode].find((entry) => entry.startsWith(folder)) ?? folder;
    const areaFile = fileOf('focus-areas/');
    const themeFile = fileOf('themes/');
    const accents = [...set.values()]
      .filter((t) => t.file === themeFile && t.path.startsWith(accentPrefix))
      .map((t) => t.path.slice(accentPrefix.length));
    for (const id of definedAreaIds(set).filter((d) => areaIds && !areaIds.includes(d))) {
      problems.push(
        `${areaFile}: ${areaPrefix}${id}: is not a focus-area id (${(areaIds ?? []).join(', ')}); add the id to @ljungby/focus-content first, or remove the area`,
      );
    }
    for (const id of areaIds ?? definedAreaIds(set)) {
      const prefix = `${areaPrefix}${id}.accent.`;
      const defined = [...set.keys()]
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length));
      for (const key of accents.filter((k) => !defined.includes(k))) {
        problems.push(
          `${areaFile}: ${prefix}${key}: is missing; every focus area needs each accent token of ${themeFile} (${accents.join(', ')})`,
        );
      }
      for (const key of defined.filter((k) => !accents.includes(k))) {
        problems.push(
          `${areaFile}: ${prefix}${key}: is not an accent token of ${themeFile}; a focus area may only remap ${accents.join(', ')}`,
        );
      }
    }
  }
  return problems;
}
