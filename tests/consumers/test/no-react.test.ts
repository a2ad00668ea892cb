// React is an optional peer of @ljungby/ui-components: a site that wants only the stylesheet and
// the React-free builders installs the packed tarballs and gets no React. The README's
// "without React" example (```js test=no-react) then runs from that install in Chromium, and
// toHtml renders in plain Node.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { examples, where } from './docs/examples.ts';
import { launch, projectDir, root, serveFolder } from './support.ts';

const dir = projectDir('no-react');
let site: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  site = await serveFolder(dir);
});
afterAll(async () => {
  await site.close();
});

it('npm installs no React: it is an optional peer', () => {
  const installed = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  expect(
    Object.keys(installed.packages).filter((p) => /node_modules\/react(-dom)?$/u.test(p)),
  ).toEqual([]);
  expect(existsSync(join(dir, 'node_modules/react'))).toBe(false);
  expect(existsSync(join(dir, 'node_modules/@ljungby/ui-components/dist/styles.css'))).toBe(true);
});

it('renders a card to HTML in Node with /markup and /sv, and resolves styles.css', () => {
  writeFileSync(
    join(dir, 'render.js'),
    `import { getFocusArea } from '@ljungby/focus-content/sv';
import { focusAreaCard, toHtml } from '@ljungby/ui-components/markup';
console.log(import.meta.resolve('@ljungby/ui-components/styles.css'));
console.log(toHtml(focusAreaCard({ area: getFocusArea('vatten'), locale: 'sv' })));`,
  );
  const [css, html] = execFileSync(process.execPath, ['render.js'], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n');
  expect(css).toMatch(/node_modules\/@ljungby\/ui-components\/dist\/styles\.css$/u);
  expect(html).toMatch(/^<article class="lk-focus-area-card" data-focus-area="vatten" lang="sv">/u);
  expect(html).toContain('<h3 class="lk-focus-area-card__title">Vatten</h3>');
});

it("runs the README's example without React in Chromium, with one language in the bundle", async () => {
  const blocks = examples().filter((e) => e.kind === 'no-react');
  expect(blocks.length, 'the ui-components README has a ```js test=no-react block').toBeGreaterThan(
    0,
  );
  const browser = await launch();
  try {
    for (const block of blocks) {
      writeFileSync(join(dir, `${block.id}.js`), block.code);
      execFileSync(
        join(root, 'node_modules/.bin/esbuild'),
        [`${block.id}.js`, '--bundle', '--format=esm', `--outfile=out/${block.id}.js`],
        { cwd: dir, stdio: 'pipe' },
      );
      const bundle = readFileSync(join(dir, `out/${block.id}.js`), 'utf8');
      expect(bundle, `${where(block)} bundles React`).not.toMatch(/react\.production|jsx-runtime/u);
      expect(bundle, `${where(block)} bundles the English content`).not.toContain('"locale": "en"');
      expect(bundle, `${where(block)} bundles the English content`).not.toContain('Young adults');
      writeFileSync(
        join(dir, `${block.id}.html`),
        `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Utan React</title><link rel="stylesheet" href="node_modules/@ljungby/ui-components/dist/styles.css"></head><body><div id="kort"></div><script type="module" src="out/${block.id}.js"></script></body></html>`,
      );
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.base}${block.id}.html`);
      const title = page.locator('#kort .lk-focus-area-card__title');
      await title.waitFor();
      expect(await title.textContent()).toBe('Vatten');
      expect(
        await page
          .locator('#kort .lk-focus-area-card')
          .evaluate((el) => getComputedStyle(el).borderTopStyle),
      ).toBe('solid');
      expect(errors, where(block)).toEqual([]);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
