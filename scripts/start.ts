// npm start — builds what is needed and serves the combined site (partner site and Storybook)
// locally, from the same sub-path GitHub Pages uses (/<repo>/), so what you see is what deploys.
// PORT picks the port (default 4321).
import { join } from 'node:path';
import { buildPages } from './build-pages.ts';
import { repoBase, repoRoot } from './pages/base.ts';
import { servePages } from './pages/serve.ts';

const base = repoBase();
const dir = join(repoRoot, '.pages');
buildPages({ base, out: dir });
const server = await servePages({ dir, base, port: Number(process.env.PORT ?? 4321) });
console.log(
  `\nBerättarkit is served at ${server.url}\n  Storybook: ${server.url}storybook/\nStop with Ctrl+C.`,
);
