import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { setTimeout } from 'node:timers';
import { createGzip } from 'node:zlib';

// Two loopback servers for embed tests: one laid out like jsDelivr's mirror of npm
// (/npm/<package>@<version or range>/<file>, gzip and CORS like jsDelivr), and one for a
// partner's host pages, each page with its own Content-Security-Policy header. Different ports,
// so that an embed really runs cross-origin.

const types = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/plain; charset=utf-8', // jsDelivr serves HTML as text on purpose
};

/** @param {import('node:http').Server} server */
const listen = (server) =>
  new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });

/** @param {import('node:http').Server} server */
const closer = (server) => () =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve(undefined);
    });
  });

/**
 * Serves package folders by exact version or by a version-range prefix (`0.1` matches 0.1.x),
 * compressed, with CORS; requests can be made to fail or to arrive late.
 * @param {Record<string, string>} packages package name → folder holding its package.json
 * @returns {Promise<import('./index.js').Cdn>}
 */
export async function serveCdn(packages) {
  /** @type {Map<string, import('./index.js').Fault>} */
  const faults = new Map();
  /** @type {string[]} */
  const log = [];
  /** @type {{ path: string; referer?: string; cookie?: string }[]} */
  const seen = [];
  /** @type {Record<string, string>} */
  const versions = Object.fromEntries(
    Object.entries(packages).map(([name, dir]) => [
      name,
      /** @type {{ version: string }} */ (
        JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      ).version,
    ]),
  );
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    log.push(path);
    seen.push({ path, referer: req.headers.referer, cookie: req.headers.cookie });
    const fault = [...faults].find(([suffix]) => path.endsWith(suffix))?.[1];
    const respond = () => {
      if (fault && 'networkError' in fault) return req.socket.destroy();
      const [, name = '', wanted = '', rest = ''] =
        /^\/npm\/((?:@[^/]+\/)?[^@/]+)@([^/]+)\/(.+)$/.exec(path) ?? [];
      const dir = packages[name] ?? '';
      const version = versions[name];
      const matches =
        version !== undefined && (version === wanted || version.startsWith(`${wanted}.`));
      const file = dir && matches ? normalize(join(dir, rest)) : undefined;
      if (fault && 'status' in fault) {
        res.writeHead(fault.status, { 'access-control-allow-origin': '*' }).end('fault');
      } else if (!file || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'access-control-allow-origin': '*' }).end('not found');
      } else {
        // Compressed like the real CDN, so that transferred bytes are realistic.
        const gzip =
          /\bgzip\b/.test(String(req.headers['accept-encoding'])) && extname(file) !== '.png';
        res.writeHead(200, {
          'content-type':
            types[/** @type {keyof types} */ (extname(file))] ?? 'application/octet-stream',
          ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
          'access-control-allow-origin': '*',
          'timing-allow-origin': '*',
          'cross-origin-resource-policy': 'cross-origin',
          'cache-control':
            version === wanted ? 'public, max-age=31536000, immutable' : 'public, max-age=604800',
        });
        const stream = createReadStream(file);
        (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(res);
      }
    };
    if (fault && 'delayMs' in fault) setTimeout(respond, fault.delayMs);
    else respond();
  });
  const origin = await listen(server);
  return {
    origin,
    log,
    seen,
    fault: (suffix, f) => {
      if (f) faults.set(suffix, f);
      else faults.delete(suffix);
    },
    close: closer(server),
  };
}

/**
 * Serves host pages registered by path; a page's `csp` goes into its response header.
 * @returns {Promise<import('./index.js').HostPages>}
 */
export async function serveHostPages() {
  /** @type {Map<string, import('./index.js').HostPage>} */
  const pages = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    // Browsers ask for a favicon; a 404 would show up as a console error in every test.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (!page) return res.writeHead(404).end('no page');
    res.writeHead(200, {
      'content-type': page.type ?? 'text/html; charset=utf-8',
      ...(page.csp ? { 'content-security-policy': page.csp } : {}),
    });
    res.end(page.body);
  });
  const origin = await listen(server);
  return {
    origin,
    set: (path, page) => {
      pages.set(path, page);
    },
    close: closer(server),
  };
}
