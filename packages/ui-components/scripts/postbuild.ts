// After tsup: the types of the one-locale entries (the same API as the index), and the
// stylesheets: dist/css/<component>.css, readable, each opening with the kit's layer
// order (so that any load order keeps partners' own rules on top), and dist/styles.css: the
// tokens, the base and every component in one minified file, so that one <link> is enough and
// the embed, which inlines it, stays small.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const layers = '@layer lk.tokens, lk.base, lk.components;\n';

/** In cascade order; the names are the public file names under `css/`. */
export const stylesheets: [name: string, source: string][] = [
  ['base', 'src/base/base.css'],
  ['heading', 'src/Heading/heading.css'],
  ['text', 'src/Text/text.css'],
  ['link-button', 'src/LinkButton/link-button.css'],
  ['stack', 'src/Stack/stack.css'],
  ['focus-area-card', 'src/FocusAreaCard/focus-area-card.css'],
  ['focus-area-grid', 'src/FocusAreaGrid/focus-area-grid.css'],
  ['focus-area-story', 'src/FocusAreaStory/focus-area-story.css'],
  ['key-figure', 'src/KeyFigure/key-figure.css'],
  ['vision-banner', 'src/VisionBanner/vision-banner.css'],
  ['partner-list', 'src/PartnerList/partner-list.css'],
  ['partner-line', 'src/PartnerLine/partner-line.css'],
  ['attribution', 'src/Attribution/attribution.css'],
];

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
  for (const locale of ['sv', 'en']) {
    writeFileSync(join(root, `dist/${locale}.d.ts`), "export * from './index.js';\n");
    writeFileSync(join(root, `dist/${locale}.d.cts`), "export * from './index.cjs';\n");
  }
  console.log(
    `postbuild: wrote dist/sv.d.ts, dist/en.d.ts, dist/styles.css and ${stylesheets.length} files in dist/css`,
  );
}
