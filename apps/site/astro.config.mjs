// The partner site: static HTML from the kit's own React components (server-rendered, no client
// React), Swedish at the root and English under /en/. SITE_BASE lets the same build live in a
// sub-path, as GitHub Pages project sites do (`/<repo>/`).
import react from '@astrojs/react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

const raw = process.env.SITE_BASE ?? '/';
const base = raw.endsWith('/') ? raw : `${raw}/`;

export default defineConfig({
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react()],
  // No telemetry, no prefetching: the site calls nothing but its own files.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      // The template studio's font engine never meets a WOFF2 file: see no-woff2.ts.
      alias: [
        {
          find: /^brotli\/decompress\.js$/,
          replacement: fileURLToPath(
            new URL('./src/components/studio/no-woff2.ts', import.meta.url),
          ),
        },
      ],
    },
  },
});
