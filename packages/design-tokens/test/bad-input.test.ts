// A token editor who makes a mistake must be told the file, the token and what to do.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir, tokensDir } from './helpers.ts';

type Json = Record<string, any>;

function buildWith(file: string, change: (json: Json) => void) {
  return buildWithText(file, (text) => {
    const json = JSON.parse(text) as Json;
    change(json);
    return JSON.stringify(json);
  });
}

/** Builds from a copy of the tokens with one file's text changed (for what JSON cannot hold). */
function buildWithText(file: string, change: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'lk-tokens-'));
  cpSync(tokensDir, join(dir, 'tokens'), { recursive: true });
  const path = join(dir, 'tokens', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
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

describe('bad token input fails the build with a clear message', () => {
  it('names a broken reference', () => {
    const r = buildWith('themes/dark.json', (j) => {
      j.color.text.default.$value = '{color.stone.990}';
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain(
      'themes/dark.json: color.text.default: reference {color.stone.990} does not resolve to a token (dark mode)',
    );
  });

  it('names a token without $type', () => {
    const r = buildWith('primitives/spacing.json', (j) => {
      delete j.space.$type;
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain('primitives/spacing.json: space.4: has no $type; add "$type"');
  });

  it('names a value of the wrong type', () => {
    const r = buildWith('primitives/spacing.json', (j) => {
      j.space['4'].$value = '16 pixels';
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain(
      'primitives/spacing.json: space.4: "16 pixels" is not a valid dimension; expected a dimension such as { "value": 1, "unit": "rem" }',
    );
  });

  it('names a colour that is not a colour', () => {
    const r = buildWith('brand.json', (j) => {
      j.color.lake['600'].$value = 'lagoon';
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain('brand.json: color.lake.600: "lagoon" is not a valid color');
  });

  it('names a reference to a token of another $type', () => {
    // A colour pointing at a radius would come out as `color: 0.75rem` in every format.
    const r = buildWith('themes/light.json', (j) => {
      j.color.text.default.$value = '{radius.md}';
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain(
      'themes/light.json: color.text.default: is a color but refers to {radius.md}, which is a dimension',
    );
  });

  it('names a token defined twice, in two files', () => {
    // The later file would silently win; the editor must choose one home for the token.
    const r = buildWith('primitives/spacing.json', (j) => {
      j.radius = {
        $type: 'dimension',
        md: { $value: { value: 2, unit: 'rem' }, $description: 'x' },
      };
    });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(
      /primitives\/(radius|spacing)\.json: radius\.md: is already defined in primitives\/(radius|spacing)\.json; a token may be defined once/u,
    );
  });

  it('names a token defined twice in one file', () => {
    // JSON.parse keeps the second silently; the build must not.
    const r = buildWithText('primitives/radius.json', (text) =>
      text.replace(
        '"radius": {',
        '"radius": {\n    "md": { "$value": { "value": 9, "unit": "rem" }, "$description": "Pasted." },',
      ),
    );
    expect(r.code).toBe(1);
    expect(r.output).toMatch(
      /primitives\/radius\.json: radius\.md: is defined twice in this file \(lines 3 and \d+\); keep one/u,
    );
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
