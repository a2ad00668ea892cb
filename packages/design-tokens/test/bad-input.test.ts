// A token editor who makes a mistake must be told the file, the token and what to do.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TokenSourceError } from '../build/sources.ts';
import { validateTokens } from '../build/validate.ts';
import { packageDir, tokensDir } from './helpers.ts';

type Json = Record<string, any>;

// Every copy goes in one temporary folder, removed when the file's tests are done.
const scratch = mkdtempSync(join(tmpdir(), 'lk-tokens-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of the tokens with one file's text changed; returns the copy's folder. */
function tokensWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(scratch, 'copy-'));
  cpSync(tokensDir, join(dir, 'tokens'), { recursive: true });
  const path = join(dir, 'tokens', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

/** A text change that edits the parsed JSON. */
const editJson = (change: (json: Json) => void) => (text: string) => {
  const json = JSON.parse(text) as Json;
  change(json);
  return JSON.stringify(json);
};

/** Runs the real build on a copy of the tokens with one file's text changed. */
function buildWithText(file: string, change: (text: string) => string) {
  const dir = tokensWith(file, change);
  try {
    const stdout = execFileSync(
      process.execPath,
      [join(packageDir, 'build/build.ts'), join(dir, 'tokens'), join(dir, 'dist')],
      {
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    return { code: 0, output: stdout, dir };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, output: e.stderr, dir };
  }
}

const buildWith = (file: string, change: (json: Json) => void) =>
  buildWithText(file, editJson(change));

/** One mistake in one file, and the message (or its pattern) the build must print. */
interface BadInput {
  name: string;
  file: string;
  change: (text: string) => string;
  message: string | RegExp;
}

const badInputs: BadInput[] = [
  {
    name: 'names a broken reference',
    file: 'themes/dark.json',
    change: editJson((j) => {
      j.color.text.default.$value = '{color.stone.990}';
    }),
    message:
      'themes/dark.json: color.text.default: reference {color.stone.990} does not resolve to a token (dark mode)',
  },
  {
    name: 'names a token without $type',
    file: 'primitives/spacing.json',
    change: editJson((j) => {
      delete j.space.$type;
    }),
    message: 'primitives/spacing.json: space.4: has no $type; add "$type"',
  },
  {
    name: 'names a value of the wrong type',
    file: 'primitives/spacing.json',
    change: editJson((j) => {
      j.space['4'].$value = '16 pixels';
    }),
    message:
      'primitives/spacing.json: space.4: "16 pixels" is not a valid dimension; expected a dimension such as { "value": 1, "unit": "rem" }',
  },
  {
    name: 'names a colour that is not a colour',
    file: 'brand.json',
    change: editJson((j) => {
      j.color.lake['600'].$value = 'lagoon';
    }),
    message: 'brand.json: color.lake.600: "lagoon" is not a valid color',
  },
  {
    // A colour pointing at a radius would come out as `color: 0.75rem` in every format.
    name: 'names a reference to a token of another $type',
    file: 'themes/light.json',
    change: editJson((j) => {
      j.color.text.default.$value = '{radius.md}';
    }),
    message:
      'themes/light.json: color.text.default: is a color but refers to {radius.md}, which is a dimension',
  },
  {
    // The later file would silently win; the editor must choose one home for the token.
    name: 'names a token defined twice, in two files',
    file: 'primitives/spacing.json',
    change: editJson((j) => {
      j.radius = {
        $type: 'dimension',
        md: { $value: { value: 2, unit: 'rem' }, $description: 'x' },
      };
    }),
    message:
      /primitives\/(radius|spacing)\.json: radius\.md: is already defined in primitives\/(radius|spacing)\.json; a token may be defined once/u,
  },
  {
    // JSON.parse keeps the second silently; the build must not.
    name: 'names a token defined twice in one file',
    file: 'primitives/radius.json',
    change: (text) =>
      text.replace(
        '"radius": {',
        '"radius": {\n    "md": { "$value": { "value": 9, "unit": "rem" }, "$description": "Pasted." },',
      ),
    message:
      /primitives\/radius\.json: radius\.md: is defined twice in this file \(lines 3 and \d+\); keep one/u,
  },
];

describe('bad token input fails the build with a clear message', () => {
  it.each(badInputs)('$name', ({ file, change, message }) => {
    const r = buildWithText(file, change);
    expect(r.code).toBe(1);
    if (typeof message === 'string') expect(r.output).toContain(message);
    else expect(r.output).toMatch(message);
  });

  it('names a focus area that lacks an accent token', () => {
    // Checked before style-dictionary runs (the cases above show the build prints these).
    let area = '';
    const dir = tokensWith(
      'focus-areas/dark.json',
      editJson((j) => {
        area = Object.keys(j['focus-area'] as Json)[0] ?? '';
        delete j['focus-area'][area].accent.hover;
      }),
    );
    const problems = (() => {
      try {
        validateTokens(join(dir, 'tokens'));
      } catch (error) {
        if (error instanceof TokenSourceError) return error.problems;
        throw error;
      }
      throw new Error('the missing token was accepted');
    })();
    expect(problems).toEqual([
      `focus-areas/dark.json: focus-area.${area}.accent.hover: is missing; every focus area needs each accent token of themes/dark.json (default, hover, text, subtle, border, on)`,
    ]);
  });

  it('rebuilds everything from a swapped brand file', () => {
    // The promise of the brand layer: change one file, every theme and focus area follows.
    const r = buildWith('brand.json', (j) => {
      j.color.lake['600'].$value = '#0b3d91';
    });
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(r.dir, 'dist/json/tokens.json'), 'utf8')) as Json;
    expect(json.light.color.accent.default).toBe('#0b3d91');
    expect(json.focusAreas.vatten.light.accent.default).toBe('#0b3d91');
  });
});
