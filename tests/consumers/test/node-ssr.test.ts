// examples/node-ssr: a Node script that server-renders the four cards with React 18, installed
// from the packed tarballs, writes HTML that carries the cards and the kit's stylesheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { installedFrom, projectDir, run, swedishNames } from './support.ts';

const dir = projectDir('node-ssr');

it('installs the tarballs, not workspace links', () => {
  expect(installedFrom(dir, '@ljungby/ui-components')).toMatch(
    /^file:.*ljungby-ui-components-.*\.tgz$/u,
  );
  expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).not.toMatch(/"link": true/u);
});

it('React 18 renders the cards of every area to HTML, with the stylesheet next to it', async () => {
  const { stdout } = await run(process.execPath, ['render.js'], { cwd: dir });
  expect(stdout).toMatch(/with React 18\./u);
  const html = readFileSync(join(dir, 'out/index.html'), 'utf8');
  expect(html.match(/<article class="lk-focus-area-card"/gu)).toHaveLength(swedishNames.length);
  for (const name of swedishNames)
    expect(html).toContain(`class="lk-focus-area-card__title">${name}</h2>`);
  expect(readFileSync(join(dir, 'out/styles.css'), 'utf8')).toContain('.lk-focus-area-card{');
});
