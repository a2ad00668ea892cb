// After tsup: the types of the one-locale entries (the same API as the index), and the
// stylesheets: dist/css/<component>.css, readable, each opening with the kit's layer
// order (so that any load order keeps partners' own rules on top), and dist/styles.css: the
// tokens, the base and every component in one minified file, so that one <link> is enough and
// the embed, which inlines it, stays small.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { stylesheets } from './components.ts';
import { locales } from '@ljungby/focus-content/ids';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const layers = '@layer lk.tokens, lk.base, lk.components;\n';

const strip = (css: string) => css.replace(layers, '').trim();

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join(root, 'dist/css'), { recursive: true });
  const tokens = readFileSync(
    fileURLToPath(import.meta.resolve('@ljungby/design-tokens/css')),
    'utf8',
  );
  const parts = stylesheets.map(([name, source]) => {
    const css = strip(readFileSync(join(root, source), 'utf8'));
    writeFileSync(join(root, 'dist/css', `${name}.css`), `${layers}\n${css}\n`);
    return css;
  });
  const banner = '/* @ljungby/ui-components/styles.css — tokens, base and every component. */\n';
  // No target: esbuild then keeps modern syntax (layers, logical properties, :is/:where) as is.
  const { code } = transformSync(`${tokens}\n${parts.join('\n')}`, { loader: 'css', minify: true });
  writeFileSync(join(root, 'dist/styles.css'), `${banner}${code}`);
  for (const locale of locales) {
    writeFileSync(join(root, `dist/${locale}.d.ts`), "export * from './index.js';\n");
    writeFileSync(join(root, `dist/${locale}.d.cts`), "export * from './index.cjs';\n");
  }
  console.log(
    `postbuild: wrote dist/sv.d.ts, dist/en.d.ts, dist/styles.css and ${stylesheets.length} files in dist/css`,
  );
}
