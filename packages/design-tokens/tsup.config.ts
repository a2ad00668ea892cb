import { defineConfig } from 'tsup';

// The JS/TS API: src/index.ts with the values build/build.ts wrote to generated/tokens.ts.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  outDir: 'dist/js',
  format: ['esm', 'cjs'],
  dts: true,
  treeshake: true,
  // build/build.ts has just written the other formats into dist/.
  clean: false,
  target: 'es2020',
});
