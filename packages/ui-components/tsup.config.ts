import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { components } from './scripts/components.ts';
import { locales } from '@ljungby/focus-content/ids';

/** The content module content-one-locale.ts names; each one-locale entry swaps in its own. */
const oneLocaleImport = '@ljungby/focus-content/sv';

const common: Options = {
  format: ['esm', 'cjs'],
  treeshake: true,
  // The build script empties dist once; the configs run side by side.
  clean: false,
  target: 'es2020',
  external: ['react', /^@ljungby\//],
};

export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      markup: 'src/markup/index.ts',
      ...Object.fromEntries(components.map((c) => [c, `src/${c}/index.ts`])),
    },
    dts: true,
    // Shared code (toReact, the builders) lands in chunks, so importing two components from their
    // subpaths does not load it twice. No "use client": nothing here needs the client, so every
    // component also renders as a React server component.
    splitting: true,
  },
  // @ljungby/ui-components/sv and /en: every component, with content looked up in one locale
  // only, so that a one-language app bundles one language. Same API; the types are the index's.
  ...locales.map((locale): Options => ({
    ...common,
    entry: { [locale]: 'src/index.ts' },
    dts: false,
    splitting: false,
    define: { __LK_LOCALE__: JSON.stringify(locale) },
    esbuildPlugins: [
      {
        name: `content-${locale}`,
        setup(build) {
          // content-one-locale.ts takes content-source.ts's place ...
          build.onResolve({ filter: /\/content-source$/ }, (args) => ({
            path: join(args.resolveDir, `${args.path.replace(/source$/u, 'one-locale')}.ts`),
          }));
          // ... and imports the entry's own locale of the content. (The package's external
          // list resolves '@ljungby/…' before any plugin, so the import is rewritten on load.)
          build.onLoad({ filter: /content-one-locale\.ts$/ }, async (args) => {
            const source = await readFile(args.path, 'utf8');
            const from = `'${oneLocaleImport}'`;
            if (!source.includes(from)) throw new Error(`${args.path} must import ${from}`);
            return {
              contents: source.replace(from, `'@ljungby/focus-content/${locale}'`),
              loader: 'ts',
            };
          });
        },
      },
    ],
  })),
]);
