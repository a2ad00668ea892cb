// The focus areas' accent sets: each area must remap exactly the theme's accent tokens.
import { resolvedColorSchemes, type ResolvedColorScheme } from '../src/color-schemes.ts';
import { schemeSources, type SourceToken } from './sources.ts';

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
  sets: Record<ResolvedColorScheme, Map<string, SourceToken>>,
  areaIds?: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const scheme of resolvedColorSchemes) {
    const set = sets[scheme];
    const fileOf = (folder: string) =>
      schemeSources[scheme].find((entry) => entry.startsWith(folder)) ?? folder;
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
