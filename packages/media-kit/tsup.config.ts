import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  // ResolvedColorScheme is the design tokens' type, inlined so that users need not install them.
  dts: { resolve: ['@ljungby/design-tokens'] },
  // scripts/fonts.ts writes dist/fonts/ before this step (it is inlined here, so it stays);
  // scripts/generate.ts writes the media files into dist/ after it.
  clean: ['!fonts/**'],
  sourcemap: false,
  target: 'node18',
  // The token colours are read from the built JSON at build time and inlined, and so are the
  // two font files: the API then needs no JSON import and no file lookup at run time, which
  // keeps it working inside bundlers such as Next.js's.
  noExternal: [/^@ljungby\/design-tokens/],
  // The fonts are two thirds of the file; without its white space the code keeps the API
  // within its 45 kB budget (the names stay readable in a stack trace).
  minifyWhitespace: true,
  loader: { '.woff': 'binary' },
  esbuildPlugins: [
    {
      name: 'inline-fonts',
      setup(build) {
        build.onResolve({ filter: /\/font-data\.ts$/ }, () => ({
          path: resolve(import.meta.dirname, 'src/font-data.inline.ts'),
        }));
      },
    },
  ],
});
