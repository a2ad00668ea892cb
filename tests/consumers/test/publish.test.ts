// What npm would publish: exactly what a consumer needs, nothing private, and exports that point
// at files that are really in the tarball.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmEnv, packages, root, run } from './support.ts';

interface Packed {
  files: { path: string }[];
}

const dirOf = (name: string) => join(root, 'packages', name.replace('@ljungby/', ''));
const manifestOf = (name: string) =>
  JSON.parse(readFileSync(join(dirOf(name), 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
    sideEffects: unknown;
    license: string;
  };

const targets = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value
      ? Object.values(value).flatMap(targets)
      : [];

describe.each(packages.map((p) => [p]))('%s as published', (name) => {
  it('contains no tests, fixtures, sources of the build or private paths, and every export target', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--silent'], {
      cwd: dirOf(name),
      env: npmEnv,
    });
    const files = (JSON.parse(stdout) as Packed[])[0]?.files.map((f) => f.path) ?? [];
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files.some((f) => /^LICENSE/.test(f))).toBe(true);
    for (const f of files) {
      expect(f, 'no tests or fixtures').not.toMatch(
        /(^|\/)(test|tests|__tests__|fixtures)\/|\.test\.[jt]sx?$|\.stories\.[jt]sx?$/,
      );
      expect(f, 'no build scripts or configs').not.toMatch(
        /^(build|scripts|src)\/|(vitest|tsup)\.config|tsconfig/,
      );
      expect(f, 'no source maps').not.toMatch(/\.map$/);
    }
    const manifest = manifestOf(name);
    for (const target of Object.values(manifest.exports).flatMap(targets)) {
      if (target.includes('*')) continue;
      expect(files, `${name} exports ${target}`).toContain(target.replace(/^\.\//, ''));
    }
    // Nothing in the published files may point at this machine or the workspace.
    for (const f of files.filter((f) => /\.(js|cjs|json|d\.ts|css)$/.test(f))) {
      const text = readFileSync(join(dirOf(name), f), 'utf8');
      expect(text, f).not.toMatch(/\/work\/main|\/tmp\/|\/root\//);
    }
  });

  it('declares its side effects precisely', () => {
    const { sideEffects } = manifestOf(name);
    // Only stylesheets (and the embed script, which defines the element) have side effects, so
    // bundlers may drop every unused JS module.
    expect(
      sideEffects === false ||
        (Array.isArray(sideEffects) &&
          sideEffects.every((s: string) => /\.css$|embed\.js$/.test(s))),
    ).toBe(true);
  });
});
