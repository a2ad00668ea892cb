// What the package publishes is what the build writes: every file that package.json's exports
// name under dist/ (apart from the JS API, which tsup builds) comes out of build() itself, through
// style-dictionary and the registered formats, with the format's text. A renamed destination or
// a format left out of the list would otherwise pass every in-memory format test and ship a
// package whose `@ljungby/design-tokens/css` resolves to nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { formats } from '../build/formats/index.ts';
import { tokensModule } from '../build/tokens-module.ts';
import { packageDir, readJson, tokensDir } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'lk-tokens-build-'));
const outDir = join(work, 'dist');
let set: Awaited<ReturnType<typeof build>>;

beforeAll(async () => {
  set = await build(tokensDir, outDir);
}, 60_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const { exports } = readJson<{ exports: Record<string, unknown> }>(
  join(packageDir, 'package.json'),
);
/** The exports that point at one file in dist/ written by build.ts (dist/js/ is tsup's). */
const fromBuild = Object.entries(exports).filter(
  (entry): entry is [string, string] =>
    typeof entry[1] === 'string' &&
    entry[1].startsWith('./dist/') &&
    !entry[1].startsWith('./dist/js/'),
);

describe('the files the package publishes', () => {
  it('names at least the five formats and the pairings', () => {
    expect(fromBuild.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        './css',
        './scss',
        './json',
        './tailwind',
        './pairings',
        './catalog',
      ]),
    );
  });

  it.each(fromBuild)('export %s (%s) is written by the build', (_name, target) => {
    expect(existsSync(join(work, target))).toBe(true);
  });

  it('writes each format to its destination with the format’s own text', () => {
    for (const format of formats)
      for (const destination of format.destinations)
        expect(readFileSync(join(outDir, destination), 'utf8'), destination).toBe(
          format.write(set),
        );
  });

  it('writes every format destination that an export names, and no destination twice', () => {
    const destinations = formats.flatMap((f) => f.destinations);
    expect(new Set(destinations).size).toBe(destinations.length);
    const exported = new Set(fromBuild.map(([, target]) => target.slice('./dist/'.length)));
    for (const destination of destinations) expect(exported, destination).toContain(destination);
  });

  it('copies the pairings and writes the JS API’s module beside dist/', () => {
    expect(readFileSync(join(outDir, 'json/pairings.json'), 'utf8')).toBe(
      readFileSync(join(packageDir, 'pairings.json'), 'utf8'),
    );
    expect(readFileSync(join(work, 'generated/tokens.ts'), 'utf8')).toBe(tokensModule(set));
  });
});
