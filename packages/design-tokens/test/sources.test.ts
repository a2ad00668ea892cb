import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { focusAreaProblems } from '../build/areas.ts';
import { validateTokens } from '../build/validate.ts';
// The one list of focus-area ids, read from its source: focus-content builds with these tokens
// (a devDependency), so depending on it here would make a cycle.
import { focusAreaIds } from '../../focus-content/src/ids.ts';
import { builtTokens, flatten, readJson, tokensDir } from './helpers.ts';

const sets = validateTokens(tokensDir);
const pathsOf = (file: string) =>
  [...sets.light.values(), ...sets.dark.values()]
    .filter((t) => t.file === file)
    .map((t) => t.path)
    .sort();

describe('token sources', () => {
  it('resolve every reference in every mode', () => {
    // validateTokens throws on any unresolved reference; reaching here means all resolved.
    expect(sets.light.size).toBeGreaterThan(100);
    expect(sets.dark.size).toBe(sets.light.size);
  });

  it('define the same semantic tokens in light and dark', () => {
    expect(pathsOf('themes/dark.json')).toEqual(pathsOf('themes/light.json'));
  });

  it('give every focus area in every mode exactly the accent tokens of the themes', () => {
    const accentKeys = pathsOf('themes/light.json')
      .filter((p) => p.startsWith('color.accent.'))
      .map((p) => p.slice('color.accent.'.length));
    const { focusAreas } = builtTokens();
    expect(Object.keys(focusAreas)).toEqual(focusAreaIds);
    for (const [id, byMode] of Object.entries(focusAreas)) {
      for (const mode of ['light', 'dark'] as const) {
        const keys = [...flatten(byMode[mode]).keys()].map((k) => k.replace('accent.', ''));
        expect(keys.sort(), `${id} in ${mode} mode`).toEqual([...accentKeys].sort());
      }
    }
  });

  it('give each focus area of @ljungby/focus-content its accent tokens', () => {
    expect(focusAreaProblems(sets, focusAreaIds)).toEqual([]);
  });

  it('name the file and the token when a focus area in the list has no accent tokens', () => {
    // Adding an area to focus-content first: the tokens must follow, token by token.
    const problems = focusAreaProblems(sets, [...focusAreaIds, 'skogen']);
    expect(problems).toContain(
      'focus-areas/light.json: focus-area.skogen.accent.default: is missing; every focus area needs each accent token of themes/light.json (default, hover, text, subtle, border, on)',
    );
    expect(problems).toContain(
      'focus-areas/dark.json: focus-area.skogen.accent.on: is missing; every focus area needs each accent token of themes/dark.json (default, hover, text, subtle, border, on)',
    );
  });

  it('name an area in the tokens that is not in the list', () => {
    const [first, ...others] = focusAreaIds;
    expect(focusAreaProblems(sets, others)).toContain(
      `focus-areas/light.json: focus-area.${first}: is not a focus-area id (${others.join(', ')}); add the id to @ljungby/focus-content first, or remove the area`,
    );
  });

  it('describe every token for designers', () => {
    for (const token of [...sets.light.values(), ...sets.dark.values()]) {
      expect(token.description?.length ?? 0, token.path).toBeGreaterThan(8);
    }
  });

  it('keep all brand colours in the brand layer', () => {
    // Swapping the brand must be a one-file change: no other file may hold a literal colour.
    for (const token of [...sets.light.values(), ...sets.dark.values()]) {
      if (token.type !== 'color' || token.file === 'brand.json') continue;
      expect(String(token.value), `${token.file}: ${token.path}`).toMatch(/^\{.+\}$/);
    }
  });

  it('pair only tokens that exist', () => {
    const { pairings } = readJson<{ pairings: { foreground: string; background: string }[] }>(
      join(tokensDir, '../pairings.json'),
    );
    const light = flatten(builtTokens().light);
    for (const p of pairings) {
      expect(light.has(p.foreground), p.foreground).toBe(true);
      expect(light.has(p.background), p.background).toBe(true);
    }
  });
});
