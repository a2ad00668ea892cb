import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const packages = [
  '@ljungby/design-tokens',
  '@ljungby/focus-content',
  '@ljungby/ui-components',
  '@ljungby/embed-widget',
] as const;
export type PackageName = (typeof packages)[number];

export const run = promisify(execFile);
export const npmEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
};

/**
 * Copies an example to the work folder and installs the packed tarballs into it (plus the
 * example's own dependencies from the registry), the way a partner installs from npm.
 */
export async function installExample(
  work: string,
  example: string,
  tarballs: Record<string, string>,
  names: PackageName[],
): Promise<string> {
  const dir = join(work, example);
  cpSync(join(root, 'examples', example), dir, {
    recursive: true,
    filter: (src) => !/node_modules|[/\\](dist|out|\.next)$/u.test(src),
  });
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      ...names.map((n) => tarballs[n] as string),
    ],
    { cwd: dir, env: npmEnv },
  );
  return dir;
}

/** The installed manifest's dependency spec for a package: proves it came from a tarball. */
export const installedFrom = (dir: string, name: PackageName) =>
  (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies[name];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves a folder on loopback (index.html for /). */
export async function serveFolder(
  dir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

export { launchChromium as launch } from '@ljungby/test-browser';

export const swedishNames = ['Unga vuxna', 'Vatten', 'Sagobygden', 'Näringsliv'];
