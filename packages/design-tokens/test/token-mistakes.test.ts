// The problems a token editor is told of, in this process and word for word: each planted
// mistake in a copy of the tokens gives exactly the problems listed (bad-input.test.ts shows the
// build printing them).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TokenSourceError } from '../build/sources.ts';
import { validateTokens } from '../build/validate.ts';
import { tokensDir } from './helpers.ts';

type Json = Record<string, any>;
const scratch = mkdtempSync(join(tmpdir(), 'lk-tokens-validate-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The problems of a copy of the tokens with `file`'s text changed (none: the copy is valid). */
function problemsWith(file: string, change: (text: string) => string): string[] {
  const dir = mkdtempSync(join(scratch, 'copy-'));
  cpSync(tokensDir, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change of ${file} changed nothing`);
  writeFileSync(path, after);
  try {
    validateTokens(dir);
    return [];
  } catch (error) {
    if (error instanceof TokenSourceError) return error.problems;
    throw error;
  }
}
const json = (change: (j: Json) => void) => (text: string) => {
  const j = JSON.parse(text) as Json;
  change(j);
  return JSON.stringify(j, null, 2);
};

/** The line of radius.md in the real file (1-based), where the pasted copy pushes it down one. */
const mdLine =
  readFileSync(join(tokensDir, 'primitives/radius.json'), 'utf8')
    .split('\n')
    .findIndex((line) => line.trim().startsWith('"md"')) + 1;

interface Mistake {
  name: string;
  file: string;
  change: (text: string) => string;
  problems: string[];
}

const mistakes: Mistake[] = [
  {
    name: 'a reference to no token, named once though both modes read the file',
    file: 'brand.json',
    change: json((j) => {
      j.color.lake['600'].$value = '{color.lake.990}';
    }),
    problems: [
      'brand.json: color.lake.600: reference {color.lake.990} does not resolve to a token (light mode); check the spelling, or define it in brand.json or primitives/',
      'brand.json: color.lake.600: reference {color.lake.990} does not resolve to a token (dark mode); check the spelling, or define it in brand.json or primitives/',
    ],
  },
  {
    name: 'values that are not of their type',
    file: 'primitives/spacing.json',
    change: json((j) => {
      (j.space as Json)['4'].$value = '16 pixels';
    }),
    problems: [
      'primitives/spacing.json: space.4: "16 pixels" is not a valid dimension; expected a dimension such as { "value": 1, "unit": "rem" } (unit rem, px or em)',
    ],
  },
  {
    name: 'a text that only contains a reference, as a value',
    file: 'brand.json',
    change: json((j) => {
      j.color.lake['500'].$value = 'x{color.lake.600}';
      j.color.lake['600'].$value = '{color.lake.700}x';
    }),
    problems: [
      'brand.json: color.lake.500: "x{color.lake.600}" is not a valid color; expected a colour such as "#1d5f8a"',
      'brand.json: color.lake.600: "{color.lake.700}x" is not a valid color; expected a colour such as "#1d5f8a"',
    ],
  },
  {
    name: 'a reference to a token of another type',
    file: 'themes/light.json',
    change: json((j) => {
      j.color.text.default.$value = '{radius.md}';
    }),
    problems: [
      'themes/light.json: color.text.default: is a color but refers to {radius.md}, which is a dimension',
    ],
  },
  {
    name: 'a token without $type, in a group without one',
    file: 'primitives/spacing.json',
    change: json((j) => {
      const space = j.space as Json;
      j.space = { '4': space['4'] as Json, $description: space.$description as string };
    }),
    problems: [
      'primitives/spacing.json: space.4: has no $type; add "$type" to the token or its group (one of color, dimension, fontFamily, fontWeight, number, shadow, duration, cubicBezier)',
    ],
  },
  {
    name: 'a $type DTCG has but the kit does not use',
    file: 'primitives/radius.json',
    change: json((j) => {
      j.radius.md.$type = 'gradient';
    }),
    problems: [
      'primitives/radius.json: radius.md: $type "gradient" is not supported; use one of color, dimension, fontFamily, fontWeight, number, shadow, duration, cubicBezier',
    ],
  },
  {
    name: 'a token without $description, or with an empty one',
    file: 'primitives/radius.json',
    change: json((j) => {
      delete j.radius.md.$description;
      j.radius.lg.$description = '  ';
      j.radius.sm.$description = 42;
    }),
    problems: [
      'primitives/radius.json: radius.sm: has no $description; say in a sentence where a designer should use it',
      'primitives/radius.json: radius.md: has no $description; say in a sentence where a designer should use it',
      'primitives/radius.json: radius.lg: has no $description; say in a sentence where a designer should use it',
    ],
  },
  {
    name: 'a value that is neither a token nor a group',
    file: 'primitives/radius.json',
    change: json((j) => {
      j.radius.huge = 40;
    }),
    problems: [
      'primitives/radius.json: radius.huge: expected a token ({ "$value": … }) or a group of tokens, found 40',
    ],
  },
  {
    name: 'a file that is not JSON',
    file: 'primitives/radius.json',
    change: (text) => text.replace('{', '{,'),
    problems: [
      expect.stringMatching(/^primitives\/radius\.json: is not valid JSON \(.+\)$/u) as string,
    ],
  },
  {
    name: 'a file whose top level is not an object',
    file: 'primitives/radius.json',
    change: () => '[]',
    problems: ['primitives/radius.json: the top level must be an object of token groups'],
  },
  {
    name: 'a token defined twice in one file, with both lines',
    file: 'primitives/radius.json',
    change: (text) =>
      text.replace(
        '"radius": {',
        '"radius": {\n    "md": { "$value": { "value": 9, "unit": "rem" }, "$description": "Pasted." },',
      ),
    problems: [
      `primitives/radius.json: radius.md: is defined twice in this file (lines 3 and ${mdLine + 1}); keep one`,
    ],
  },
  {
    name: 'a token defined in two files',
    file: 'primitives/spacing.json',
    change: json((j) => {
      j.radius = {
        $type: 'dimension',
        md: { $value: { value: 2, unit: 'rem' }, $description: 'x' },
      };
    }),
    problems: [
      'primitives/spacing.json: radius.md: is already defined in primitives/radius.json; a token may be defined once per mode',
    ],
  },
  {
    name: 'a focus area without one of the theme’s accent tokens, and with one it does not have',
    file: 'focus-areas/dark.json',
    change: json((j) => {
      const area = j['focus-area'].vatten.accent as Json;
      delete area.hover;
      area.glow = { $value: '{color.lake.300}', $description: 'x' };
    }),
    problems: [
      'focus-areas/dark.json: focus-area.vatten.accent.hover: is missing; every focus area needs each accent token of themes/dark.json (default, hover, text, subtle, border, on)',
      'focus-areas/dark.json: focus-area.vatten.accent.glow: is not an accent token of themes/dark.json; a focus area may only remap default, hover, text, subtle, border, on',
    ],
  },
];

describe('validateTokens', () => {
  it.each(mistakes)('names $name', ({ file, change, problems }) => {
    expect(problemsWith(file, change)).toEqual(problems);
  });
});
