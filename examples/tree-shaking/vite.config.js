import { defineConfig } from 'vite';

// One chunk, not minified away from recognition: the test reads the bundle's contents.
export default defineConfig({
  build: { outDir: 'out/vite', minify: true, modulePreload: false },
});
