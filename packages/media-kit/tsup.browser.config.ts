import { defineConfig } from 'tsup';
import { fontData } from './tsup.font-data.ts';

// The entries that run anywhere, the browser included (the partner site's template studio):
// no Node built-ins, the token colours inlined, and the font files handed over by the page with
// `useFonts` rather than inlined, so that they load once, beside the script.
export default defineConfig({
  // `formats` alone is a few hundred bytes: a page can offer the formats before it loads `draw`;
  // `poster` writes the PDF with pdf-lib, which a page can load when it needs a PDF.
  entry: { draw: 'src/draw.ts', formats: 'src/formats.ts', poster: 'src/poster/index.ts' },
  format: ['esm'],
  dts: { resolve: ['@ljungby/design-tokens'] },
  // Runs after tsup.config.ts, which cleans dist/.
  clean: false,
  sourcemap: false,
  platform: 'browser',
  target: 'es2022',
  noExternal: [/^@ljungby\/design-tokens/],
  esbuildPlugins: [fontData('browser')],
});
