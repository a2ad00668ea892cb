import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  // scripts/generate.ts writes the media files into dist/ after this step.
  clean: true,
  sourcemap: false,
  target: 'node18',
  // The token colours are read from the built JSON at build time and inlined, so the API and
  // the files use the same values and no JSON import is needed at run time.
  noExternal: [/^@ljungby\/design-tokens/],
});
