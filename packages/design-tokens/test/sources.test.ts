import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTokens } from '../build/validate.ts';
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
    expect(Object.keys(focusAreas)).toEqual(['unga-vuxna', 'vatten', 'sagobygden', 'naringsliv']);
    for (const [id, byMode] of Object.entries(focusAreas)) {
      for (const mode of ['light', 'dark'] as const) {
        const keys = [...flatten(byMode[mode]).keys()].map((k) => k.replace('accent.', ''));
        expect(keys.sort(), `${id} in ${mode} mode`).toEqual([...accentKeys].sort());
      }
    }
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
