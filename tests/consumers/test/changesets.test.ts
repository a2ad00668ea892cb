// `changeset version` on a sample changeset, in a temporary copy of the workspace manifests:
// the fixed group moves together, the content package stays, and the changelog says what changed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { npmEnv, packages, root, run } from './support.ts';

describe('changeset version', () => {
  it('bumps the fixed group together and writes changelog entries', async () => {
    const dir = mkdtempSync(join(inject('work'), 'changesets-'));
    // The lockfile tells changesets that this is an npm workspace.
    for (const file of ['package.json', 'package-lock.json'])
      cpSync(join(root, file), join(dir, file));
    mkdirSync(join(dir, '.changeset'));
    cpSync(join(root, '.changeset/config.json'), join(dir, '.changeset/config.json'));
    for (const name of packages) {
      const short = name.replace('@ljungby/', '');
      mkdirSync(join(dir, 'packages', short), { recursive: true });
      cpSync(
        join(root, 'packages', short, 'package.json'),
        join(dir, 'packages', short, 'package.json'),
      );
    }
    writeFileSync(
      join(dir, '.changeset/sample.md'),
      "---\n'@ljungby/design-tokens': minor\n---\n\nAdd a `--lk-color-surface-sunken` token for inset panels.\n",
    );
    const version = (name: string) =>
      (
        JSON.parse(readFileSync(join(dir, 'packages', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    const before = version('focus-content');
    await run(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: dir, env: npmEnv });

    expect(version('design-tokens')).toBe('0.2.0');
    expect(version('ui-components')).toBe('0.2.0');
    expect(version('embed-widget')).toBe('0.2.0');
    expect(version('focus-content')).toBe(before);
    const changelog = readFileSync(join(dir, 'packages/design-tokens/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 0.2.0');
    expect(changelog).toContain('Add a `--lk-color-surface-sunken` token for inset panels.');
    // The components depend on the tokens, so their changelog names the new tokens version.
    expect(readFileSync(join(dir, 'packages/ui-components/CHANGELOG.md'), 'utf8')).toContain(
      '@ljungby/design-tokens@0.2.0',
    );
  });
});
