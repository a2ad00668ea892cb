// Builds dist/embed.js (one classic script with its CSS inside), the createSnippet API (ESM +
// CJS + .d.ts) and dist/sri.json with the hash of every file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { minify } from 'terser';
import { build as tsup } from 'tsup';
import { getContent, locales } from '@ljungby/focus-content';
import { illustrations } from '@ljungby/focus-content/illustrations';
import { areas, colorSchemes, layouts } from '../src/options.ts';
import { widgetMarkup } from '../src/render.ts';
import { widgetCss } from './css.ts';
import { customElementsManifest, vscodeHtmlData } from './manifest.ts';
import { reservationStylesheet } from './reservation.ts';
import { reservationFile } from '../src/reservation.ts';
import { dataFiles } from '../src/data-files.ts';
import { gzipSync } from 'node:zlib';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(packageDir, 'dist');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { version: string };

const started = performance.now();
const { version } = readJson(join(packageDir, 'package.json'));
const contentPackage = fileURLToPath(import.meta.resolve('@ljungby/focus-content/package.json'));
const contentVersion = readJson(contentPackage).version;
// Patch releases of the content (text fixes) reach pasted embeds; a new minor (major, from 1.0)
// may change the data's shape, so it waits for a new widget release.
const [major, minor] = contentVersion.split('.');
const contentRange = major === '0' ? `${major}.${minor}` : `${major}`;

// What the widget can render: every layout of every area in every language and scheme, and
// what the cards and the grid alone can render (their CSS is a file of its own).
const used: Set<string>[] = [];
const usedByCards: Set<string>[] = [];
let layoutNow = 'card';
const collect = (node: unknown) => {
  if (typeof node !== 'object' || node === null) return;
  const { attrs, children } = node as { attrs?: Record<string, unknown>; children?: unknown[] };
  const element = new Set<string>();
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (name === 'class' && typeof value === 'string')
      value.split(/\s+/).forEach((c) => element.add(c));
    if (name.startsWith('data-') && value !== undefined)
      element.add(name).add(`${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  used.push(element);
  if (layoutNow === 'card') usedByCards.push(element);
  children?.forEach(collect);
};
for (const locale of locales) {
  for (const area of areas) {
    for (const layout of layouts) {
      for (const colorScheme of colorSchemes) {
        layoutNow = layout;
        collect(
          widgetMarkup(getContent(locale), illustrations, {
            area,
            layout,
            locale,
            colorScheme,
            headingLevel: 2,
          }),
        );
      }
    }
  }
}
const componentsCss = readFileSync(
  fileURLToPath(import.meta.resolve('@ljungby/ui-components/styles.css')),
  'utf8',
);
// The tokens the illustrations read. The content package's tests allow only the kit's semantic
// colours there; one it adds later that the widget lacks shows its own fallback colour.
const illustrationTokens = new Set(JSON.stringify(illustrations).match(/--lk-[\w-]+/g) ?? []);
const { card, story, droppedSelectors, droppedProperties } = await widgetCss(
  componentsCss,
  used,
  illustrationTokens,
  usedByCards,
);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
// sha256: as safe for SRI, and shorter in every snippet and in the createSnippet API, which
// carries one per reservation stylesheet.
const sri256 = (bytes: Buffer) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

// The widget's own CSS, fetched by embed.js (with these hashes) beside the data and adopted in
// its shadow root: card.css for every layout, story.css added for the story.
mkdirSync(join(dist, 'css'), { recursive: true });
const widgetStyles = Object.fromEntries(
  Object.entries({ card, story }).map(([name, text]) => {
    const bytes = Buffer.from(text);
    writeFileSync(join(dist, 'css', `${name}.css`), bytes);
    // sha256: every visitor downloads these hashes inside embed.js.
    return [name, sri256(bytes)];
  }),
);

// esbuild bundles and minifies; terser then minifies again: its names, chosen by how often each
// is used, and its folding take about 130 B gzip more off what every visitor downloads.
const bundled = await esbuild({
  entryPoints: [join(packageDir, 'src/embed.ts')],
  write: false,
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'],
  legalComments: 'none',

  banner: { js: `/*! @ljungby/embed-widget ${version} MIT */` },
  define: {
    __LK_EMBED_STYLES__: JSON.stringify(widgetStyles),
    __LK_CONTENT_RANGE__: JSON.stringify(contentRange),
  },
});
const minified = await minify(bundled.outputFiles[0]?.text ?? '', {
  ecma: 2022,
  format: { comments: /^!/ },
});
writeFileSync(join(dist, 'embed.js'), minified.code ?? '');
const embed = readFileSync(join(dist, 'embed.js'));
const integrity = sri(embed);
// The size reservations the snippet links, one file per area and layout.
mkdirSync(join(dist, 'reserve'), { recursive: true });
const reserveCss = Object.fromEntries(
  areas.flatMap((area) =>
    layouts.map((layout) => [reservationFile(area, layout), reservationStylesheet(area, layout)]),
  ),
);
for (const [file, css] of Object.entries(reserveCss))
  writeFileSync(join(dist, 'reserve', `${file}.css`), css);
const perKind = <T>(f: (css: Buffer) => T) =>
  Object.fromEntries(Object.entries(reserveCss).map(([k, css]) => [k, f(Buffer.from(css))]));

// What a visitor downloads, as the CDN sends it (gzip), for snippetCost().
const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const contentDir = dirname(contentPackage);
const contentJson = join(contentDir, 'dist/json');
// Only the files the widget fetches (dataFiles): the API carries their sizes.
const fetched = new Set(
  locales.flatMap((lang) =>
    areas.flatMap((area) => layouts.flatMap((layout) => dataFiles(area, layout, lang))),
  ),
);
const data = Object.fromEntries(
  readdirSync(contentJson, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.json'))
    .map((f) => join(f.parentPath, f.name))
    .map((f) => f.slice(contentDir.length + 1))
    .filter((f) => fetched.has(f))
    .map((f) => [f, gzipBytes(readFileSync(join(contentDir, f)))]),
);
const bytes = {
  script: gzipBytes(embed),
  reserve: perKind(gzipBytes),
  card: gzipBytes(Buffer.from(card)),
  story: gzipBytes(Buffer.from(story)),
  data,
};

// What the API (src/build-info.ts) is built with. Also written to .cache/, where the Node tests
// of src/ read it (vitest.config.ts), so that they test the source with this build's values.
const buildInfo = { version, contentRange, integrity, reserve: perKind(sri256) };
mkdirSync(join(packageDir, '.cache'), { recursive: true });
writeFileSync(
  join(packageDir, '.cache/build-info.json'),
  JSON.stringify({ build: buildInfo, bytes, reserveCss }),
);

await tsup({
  entry: { index: join(packageDir, 'src/index.ts') },
  outDir: dist,
  format: ['esm', 'cjs'],
  // ColorScheme is the design tokens' type, inlined so that users of this API need not install them.
  dts: { resolve: ['@ljungby/design-tokens'] },
  clean: false,
  silent: true,
  target: 'es2022',
  define: {
    __LK_RESERVE_CSS__: JSON.stringify(reserveCss),
    __LK_EMBED_BYTES__: JSON.stringify(bytes),
    __LK_EMBED_BUILD__: JSON.stringify(buildInfo),
  },
});

writeFileSync(
  join(dist, 'custom-elements.json'),
  `${JSON.stringify(customElementsManifest(version), null, 2)}\n`,
);
writeFileSync(
  join(dist, 'vscode.html-custom-data.json'),
  `${JSON.stringify(vscodeHtmlData(), null, 2)}\n`,
);

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((f) => f.isFile() && f.name !== 'sri.json')
  .map((f) => join(f.parentPath, f.name))
  .sort();
const hashes = Object.fromEntries(
  files.map((f) => [`dist/${f.slice(dist.length + 1)}`, sri(readFileSync(f))]),
);
writeFileSync(join(dist, 'sri.json'), `${JSON.stringify({ version, files: hashes }, null, 2)}\n`);

console.log(
  `embed-widget ${version}: embed.js ${bytes.script} B gzip, css/card.css ${bytes.card} B, css/story.css ${bytes.story} B, reserve/*.css ${Object.values(bytes.reserve).join('/')} B ( ${droppedSelectors} selectors for other components and ${droppedProperties} unused custom properties dropped), content @${contentRange}, ${Math.round(performance.now() - started)} ms`,
);
