import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { components } from './scripts/components.ts';
import { locales } from '@ljungby/focus-content/ids';

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
    esbuildPlugins: [
      {
        name: `content-${locale}`,
        setup(build) {
          build.onResolve({ filter: /\/content-source$/ }, (args) => ({
            path: join(args.resolveDir, `${args.path.replace(/source$/u, locale)}.ts`),
          }));
        },
      },
    ],
  })),
]);
