// A read-only npm registry on loopback for the @ljungby scope, serving the packed tarballs.
//
// Why: the proofs install the tarballs as files, but npm still asks the registry about the kit's
// own packages (embed-widget's dependency `@ljungby/focus-content@^0.1.0`, say). The public
// registry does not know them; its answer is a 404, or on a busy run a failed connection that
// npm retries with back-off, which cost every install 70 s. With the scope pointed here, npm
// gets the packed package itself, at once. Every other package still comes from the registry.
//
// Five files, read-only: a tool such as Verdaccio would add a server, its storage and some
// hundred dependencies to every install for what fits in one short module.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename } from 'node:path';

export interface Packed {
  /** The `npm pack` tarball. */
  tarball: string;
  /** The package.json inside it (the unpacked copy). */
  manifest: string;
}

export interface Registry {
  /** The registry's URL for npm's `@ljungby:registry`, ending in `/`. */
  url: string;
  close: () => Promise<void>;
}

/** Serves a packument and a tarball for every package in `packed` (name → files). */
export async function serveRegistry(packed: Record<string, Packed>): Promise<Registry> {
  // A fresh path per run: npm caches packuments by URL, and a port can come round again.
  const prefix = `/${randomUUID()}/`;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}${prefix}`;

  const packuments = new Map<string, string>();
  const tarballs = new Map<string, string>();
  for (const [name, files] of Object.entries(packed)) {
    const bytes = readFileSync(files.tarball);
    const manifest = JSON.parse(readFileSync(files.manifest, 'utf8')) as { version: string };
    const file = basename(files.tarball);
    tarballs.set(`${name}/-/${file}`, files.tarball);
    packuments.set(
      name,
      JSON.stringify({
        name,
        'dist-tags': { latest: manifest.version },
        versions: {
          [manifest.version]: {
            ...manifest,
            _id: `${name}@${manifest.version}`,
            dist: {
              tarball: `${url}${name}/-/${file}`,
              integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
              shasum: createHash('sha1').update(bytes).digest('hex'),
            },
          },
        },
      }),
    );
  }

  server.on('request', (request, response) => {
    // npm asks for `@ljungby%2fname`; a browser or curl may send `@ljungby/name`.
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
    const key = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    const packument = packuments.get(key);
    const tarball = tarballs.get(key);
    if (packument) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(packument);
    } else if (tarball) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(readFileSync(tarball));
    } else {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: `not one of the packed packages: ${key}` }));
    }
  });

  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
