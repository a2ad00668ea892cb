// The files that list the components are generated from scripts/components.ts. This fails when
// one of them was edited by hand or the list changed without `npm run generate`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate.ts';
import { components, stylesheets } from '../scripts/components.ts';

const pkg = join(import.meta.dirname, '..');

describe('files generated from the component list', async () => {
  const files = await generatedFiles();
  for (const [file, text] of Object.entries(files)) {
    it(`${file} is up to date (else run npm run generate)`, () => {
      expect(readFileSync(join(pkg, file), 'utf8')).toBe(text);
    });
  }

  it('lists every component folder and stylesheet that exists', () => {
    for (const name of components) {
      expect(() => readFileSync(join(pkg, 'src', name, 'index.ts'))).not.toThrow();
    }
    for (const [, source] of stylesheets) {
      expect(() => readFileSync(join(pkg, source))).not.toThrow();
    }
  });
});
