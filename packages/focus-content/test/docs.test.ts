// The README's word limits are generated from src/limits.ts (npm run docs); this fails when the
// README states other numbers than the build enforces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { withLimits } from '../scripts/lib/limits-docs.ts';
import { packageDir } from './helpers.ts';

describe('README.md', () => {
  it('states the word limits and the LIX limit the build enforces (else run npm run docs)', async () => {
    const path = join(packageDir, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const expected = await format(withLimits(readme), {
      ...(await resolveConfig(path)),
      filepath: path,
    });
    expect(readme).toBe(expected);
  });
});
