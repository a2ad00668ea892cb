// A token editor who makes a mistake must be told the file, the token and what to do: the
// build's own output, run as `npm run build` runs it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('the build with bad token input', () => {
  // Every message word for word: token-mistakes.test.ts. Here: the build prints them and stops.
  it('stops with exit code 1 and prints every problem, naming file and token', () => {
    const r = buildWith('themes/dark.json', (j) => {
      j.color.text.default.$value = '{color.stone.990}';
      j.color.text.subtle.$value = '{radius.md}';
    });
    expect(r.code).toBe(1);
    expect(r.output).toBe(
      [
        'The design tokens have 2 problems:',
        '  - themes/dark.json: color.text.default: reference {color.stone.990} does not resolve to a token (dark mode); check the spelling, or define it in brand.json or primitives/',
        '  - themes/dark.json: color.text.subtle: is a color but refers to {radius.md}, which is a dimension',
        '',
      ].join('\n'),
    );
  });

  it('rebuilds everything from a swapped brand file', () => {
    // The promise of the brand layer: change one file, every theme and focus area follows.
    const r = buildWith('brand.json', (j) => {
      j.color.lake['600'].$value = '#0b3d91';
    });
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/^design-tokens: \d+ tokens, tokens\.css \d+ bytes, in \d+ ms\n$/u);
    const json = JSON.parse(readFileSync(join(r.dir, 'dist/json/tokens.json'), 'utf8')) as Json;
    expect(json.light.color.accent.default).toBe('#0b3d91');
    expect(json.focusAreas.vatten.light.accent.default).toBe('#0b3d91');
  });
});
