// The partner site: static HTML from the kit's own React components (server-rendered, no client
// React), Swedish at the root and English under /en/. SITE_BASE lets the same build live in a
// sub-path, as GitHub Pages project sites do (`/<repo>/`).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

/**
 * No unused bundles: the React integration always emits its client runtime (about 220 kB),
 * although no page hydrates a component (they are rendered to HTML at build). After the build,
 * every script in _astro/ that no page, stylesheet or script names is removed.
 */
const dropUnusedScripts = {
  name: 'drop-unused-scripts',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      const files = readdirSync(root, { recursive: true })
        .map(String)
        .filter((file) => /\.(html|css|js)$/.test(file))
        .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
      for (const name of readdirSync(join(root, '_astro'))) {
        if (!name.endsWith('.js')) continue;
        const used = files.some(({ file, text }) => !file.endsWith(name) && text.includes(name));
        if (!used) rmSync(join(root, '_astro', name));
      }
    },
  },
};

const raw = process.env.SITE_BASE ?? '/';
// Where the site is served (e.g. https://ljungby-kommun.github.io), for absolute share links
// (og:image, og:url); the Pages workflow passes it. Without it they stay root-relative.
const base = raw.endsWith('/') ? raw : `${raw}/`;

export default defineConfig({
  base,
  site: process.env.SITE_ORIGIN || undefined,
  trailingSlash: 'always',
  output: 'static',
  outDir: './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react(), dropUnusedScripts],
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
