import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The path of a request target, or `undefined` when it is not a path this server can serve.
 * The target is always read as a path, never as a URL: `//example.com/x` names the path
 * `//example.com/x`, not another host, and `//` is no reason to throw.
 * @param {string} target
 */
function requestPath(target) {
  if (!target.startsWith('/')) return undefined;
  try {
    const { pathname } = new URL(`http://localhost${target}`);
    // Percent-escapes are decoded later; a malformed one is the client's error, not a crash.
    decodeURIComponent(pathname);
    return pathname;
  } catch {
    return undefined;
  }
}

/**
 * A tiny static file server on loopback, started in-process so that it dies with the test
 * (never `npx serve &`, whose orphan would keep CI waiting). Files are served under `mount`;
 * anything outside it answers 404, so an absolute path in a site built for sub-folders shows up
 * as a broken link.
 * @param {string} root
 * @param {string} [mount]
 */
export async function serveFolder(root, mount = '/') {
  const requested = new Set();
  const server = createServer((req, res) => {
    const pathname = requestPath(req.url ?? '/');
    if (pathname === undefined) {
      res.writeHead(400).end();
      return;
    }
    requested.add(pathname);
    if (!pathname.startsWith(mount)) {
      res.writeHead(404).end();
      return;
    }
    let rel = decodeURIComponent(pathname.slice(mount.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    // Outside the root, even by an encoded slash (`..%2F`), which the URL parser leaves alone.
    const inside = relative(root, file);
    if (inside.split(sep)[0] === '..' || isAbsolute(inside)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(undefined);
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}${mount}`,
    requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve(undefined);
        });
      }),
  };
}
