// A small static server for the combined site under its base path, answering like GitHub Pages:
// a folder without its trailing slash is redirected to it (so relative links work), anything
// outside the base is 404, and 404.html is served for missing files when the site has one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
  dir: string;
  /** `'/'` or `'/x/'` (see normalizeBase). */
  base: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export async function servePages({ dir, base, port = 0, host = '127.0.0.1' }: ServeOptions) {
  const files = sirv(dir, { dev: false, etag: true });
  const notFound = join(dir, '404.html');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const missing = () => {
      res.statusCode = 404;
      if (existsSync(notFound)) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(readFileSync(notFound));
      } else res.end('Not found');
    };
    if (url.pathname === '/' && base !== '/') {
      res.writeHead(302, { location: base }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      missing();
      return;
    }
    const rel = decodeURIComponent(url.pathname.slice(base.length));
    const file = normalize(join(dir, rel));
    if (!file.startsWith(normalize(dir))) {
      missing();
      return;
    }
    if (rel && !rel.endsWith('/') && existsSync(file) && statSync(file).isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    req.url = `/${rel}${url.search}`;
    files(req, res, missing);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host}:${actual}`,
    url: `http://${host}:${actual}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
