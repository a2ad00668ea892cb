// The tokens as they are pass the checks a token editor meets: validateTokens takes both modes
// with the same paths, the focus areas match the id list, the source files are read in order;
// and when there are problems, one error lists them all with their count.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definedAreaIds, focusAreaProblems } from '../build/areas.ts';
import { TokenSourceError, sourceFiles } from '../build/sources.ts';
import { validateTokens } from '../build/validate.ts';
import { tokensDir } from './helpers.ts';

describe('validateTokens', () => {
  it('accepts the tokens as they are, both modes with the same paths', () => {
    const sets = validateTokens(tokensDir);
    expect(sets.light.size).toBeGreaterThan(100);
    expect([...sets.dark.keys()].sort()).toEqual([...sets.light.keys()].sort());
    const token = sets.light.get('color.text.default');
    expect(token).toMatchObject({ file: 'themes/light.json', type: 'color' });
    expect(token?.description).toMatch(/\w/u);
    expect(sets.dark.get('color.text.default')?.file).toBe('themes/dark.json');
  });

  it('reports every problem at once, with their count', () => {
    const error = (() => {
      try {
        validateTokens(join(tokensDir, '..', 'test', 'missing'));
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(Error);
    const many = new TokenSourceError(['a: one', 'b: two']);
    expect(many.message).toBe('The design tokens have 2 problems:\n  - a: one\n  - b: two');
    expect(new TokenSourceError(['a: one']).message).toBe(
      'The design tokens have 1 problem:\n  - a: one',
    );
    expect(many.name).toBe('TokenSourceError');
  });
});

describe('focusAreaProblems', () => {
  it('finds the areas the tokens define, in file order', () => {
    const sets = validateTokens(tokensDir);
    expect(definedAreaIds(sets.light)).toEqual([
      'unga-vuxna',
      'vatten',
      'sagobygden',
      'naringsliv',
    ]);
    expect(focusAreaProblems(sets)).toEqual([]);
  });

  it('names an area the id list lacks, and an area of the list the tokens lack', () => {
    const sets = validateTokens(tokensDir);
    expect(focusAreaProblems(sets, ['unga-vuxna', 'vatten', 'sagobygden', 'idrott'])).toEqual(
      (['light', 'dark'] as const).flatMap((mode) => [
        `focus-areas/${mode}.json: focus-area.naringsliv: is not a focus-area id (unga-vuxna, vatten, sagobygden, idrott); add the id to @ljungby/focus-content first, or remove the area`,
        ...['default', 'hover', 'text', 'subtle', 'border', 'on'].map(
          (key) =>
            `focus-areas/${mode}.json: focus-area.idrott.accent.${key}: is missing; every focus area needs each accent token of themes/${mode}.json (default, hover, text, subtle, border, on)`,
        ),
      ]),
    );
  });
});

describe('sourceFiles', () => {
  it('lists a folder’s JSON files in order, and takes a file as it is', () => {
    expect(
      sourceFiles(tokensDir, ['brand.json', 'primitives']).map((f) =>
        f.slice(tokensDir.length + 1),
      ),
    ).toEqual([
      'brand.json',
      'primitives/breakpoint.json',
      'primitives/motion.json',
      'primitives/radius.json',
      'primitives/shadow.json',
      'primitives/spacing.json',
      'primitives/typography.json',
    ]);
  });
});
