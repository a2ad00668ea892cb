// What the formats are written from: every token of both resolvedColorSchemes, resolved by style-dictionary,
// with the names and groupings the published files share.
import type { ResolvedColorScheme } from '../src/color-schemes.ts';

export interface BuiltToken {
  path: string[];
  cssVariable: string;
  type: string;
  value: string | number;
  /** The token this one points to, e.g. `color.stone.900`, when it is an alias. */
  reference: string | undefined;
  description: string;
  file: string;
}

/** Both resolvedColorSchemes side by side: the formats lay them out in the shapes partners use. */
export interface TokenSet {
  resolved: Record<ResolvedColorScheme, BuiltToken[]>;
  /** Light-mode tokens without the focus-area accent sets. */
  light: BuiltToken[];
  /** Dark-mode tokens without the focus-area accent sets. */
  dark: BuiltToken[];
  areaIds: string[];
  /** The accent tokens of one focus area in one mode. */
  areaTokens: (scheme: ResolvedColorScheme, id: string) => BuiltToken[];
}

/** Both schemes' tokens laid out for the formats: the accent sets apart, by area. */
export function tokenSet(resolved: Record<ResolvedColorScheme, BuiltToken[]>): TokenSet {
  return {
    resolved,
    light: resolved.light.filter((t) => !isFocusArea(t)),
    dark: resolved.dark.filter((t) => !isFocusArea(t)),
    areaIds: [...new Set(resolved.light.filter(isFocusArea).map((t) => t.path[1] as string))],
    areaTokens: (scheme, id) => resolved[scheme].filter((t) => isFocusArea(t) && t.path[1] === id),
  };
}

export const prefix = 'lk';
export const cssName = (path: readonly string[]) => `--${prefix}-${path.join('-')}`;
export const isFocusArea = (t: BuiltToken) => t.path[0] === 'focus-area';
export const isSemantic = (t: BuiltToken) => t.file.startsWith('themes/');

/** The first line of every generated file, in the file's comment syntax. */
export const header = (comment: string) =>
  `${comment} @ljungby/design-tokens — generated from tokens/*.json; do not edit by hand.\n`;

/** Tokens as a nested object by path (minus `skip` leading segments), valued by `pick`. */
export function nest(tokens: BuiltToken[], pick: (t: BuiltToken) => unknown, skip = 0) {
  const root: Record<string, unknown> = {};
  for (const t of tokens) {
    let node = root;
    const path = t.path.slice(skip);
    path.slice(0, -1).forEach((key) => {
      node = (node[key] ??= {}) as Record<string, unknown>;
    });
    node[path[path.length - 1] as string] = pick(t);
  }
  return root;
}
