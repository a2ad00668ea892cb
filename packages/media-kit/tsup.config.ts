import { defineConfig } from 'tsup';
import { fontData } from './tsup.font-data.ts';

export default defineConfig({
  // The Node API. The token colours are read from the built JSON at build time and inlined,
  // and so are the two font files: the API then needs no JSON import and no file lookup at
  // run time, which keeps it working inside bundlers such as Next.js's.
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  // ResolvedColorScheme is the design tokens' type, inlined so that users need not install them.
  dts: { resolve: ['@ljungby/design-tokens'] },
  // scripts/fonts.ts writes dist/fonts/ before this step (it is inlined here, so it stays);
  // scripts/generate.ts writes the media files into dist/ after it, and the browser build
  // (tsup.browser.config.ts) runs between the two.
  clean: ['!fonts/**'],
  sourcemap: false,
  target: 'node18',
  noExternal: [/^@ljungby\/design-tokens/],
  // The fonts are two thirds of the file; minified, the code keeps the API within its 45 kB
  // budget. terser, not esbuild: esbuild drops every comment when it minifies, and svgToPng's
  // import of resvg needs its turbopackIgnore and webpackIgnore comments, or Next.js tries to
  // bundle resvg's native addon and its build fails. Errors (MediaKitError) name the file, the
  // field and the format themselves, so shortened names hide nothing a user needs.
  minify: 'terser',
  terserOptions: {
    format: { comments: /webpackIgnore|turbopackIgnore|@vite-ignore/ },
  },
  loader: { '.woff': 'binary' },
  esbuildPlugins: [fontData('inline')],
});
