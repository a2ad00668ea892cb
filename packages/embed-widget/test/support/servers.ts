// Two loopback servers for the browser tests: one laid out like the npm CDN
// (/npm/<package>@<version or range>/<file>, with CORS like jsDelivr), and one for the partner's
// host pages, on another port so that the widget really runs cross-origin.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/plain; charset=utf-8', // jsDelivr serves HTML as text on purpose
};

export type Fault = { status: number } | { networkError: true } | { delayMs: number };

export interface Cdn {
  origin: string;
  /** Requests seen, as paths, in order. */
  log: string[];
  /** The same requests with the headers that matter for privacy. */
  seen: { path: string; referer?: string; cookie?: string }[];
  /** Make requests whose path ends with `suffix` fail or slow down. */
  fault(suffix: string, fault: Fault | undefined): void;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });

/** Serves package folders by exact version or by a version range prefix (`0.1` matches 0.1.x). */
export async function startCdn(packages: Record<string, string>): Promise<Cdn> {
  const faults = new Map<string, Fault>();
  const log: string[] = [];
  const seen: Cdn['seen'] = [];
  const versions = Object.fromEntries(
    Object.entries(packages).map(([name, dir]) => [
      name,
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version,
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
          'content-type': types[extname(file)] ?? 'application/octet-stream',
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
    close: () =>
      new Promise<void>((r) => {
        server.close(() => {
          r();
        });
      }),
  };
}

export interface HostPage {
  body: string;
  /** @default 'text/html; charset=utf-8' */
  type?: string;
  /** Sent as the Content-Security-Policy header. */
  csp?: string;
}

/** Serves host pages registered by path; a page's CSP goes into its response header. */
export async function startHost() {
  const pages = new Map<string, HostPage>();
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
    set: (path: string, page: HostPage) => {
      pages.set(path, page);
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => {
          r();
        });
      }),
  };
}
