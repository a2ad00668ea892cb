// Which partner site the combined artifact is made from in the tests: the real one, built for
// the test's base path, once apps/site exists; until then a small stand-in folder (fixture/site)
// so that the assembly and the link check are tested all the same.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPages, siteDir, storybookBuild } from '../../../scripts/build-pages.ts';
import { assemblePages } from '../../../scripts/pages/assemble.ts';

export const fixtureSite = join(import.meta.dirname, '../fixture/site');
/** The sub-path the tests serve from, as GitHub Pages serves a project site. */
export const testBase = '/berattarkit/';

export function assembleForTest(out: string) {
  if (!existsSync(join(siteDir, 'package.json'))) {
    return { ...assemblePages({ site: fixtureSite, storybook: storybookBuild, out }), real: false };
  }
  // Turbo builds what the site needs only if this package depends on it.
  const manifest = JSON.parse(
    readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'),
  ) as {
    devDependencies?: Record<string, string>;
  };
  if (!manifest.devDependencies?.['@ljungby/site']) {
    throw new Error(
      'tests/pages/package.json: apps/site exists, so add "@ljungby/site" to devDependencies ' +
        '(turbo then builds the site and its packages before this test)',
    );
  }
  return { ...buildPages({ base: testBase, out, skipBuild: true }), real: true };
}
