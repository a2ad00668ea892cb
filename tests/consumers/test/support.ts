import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getFocusAreas } from '@ljungby/focus-content';
import { inject } from 'vitest';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const packages = [
  '@ljungby/design-tokens',
  '@ljungby/focus-content',
  '@ljungby/ui-components',
  '@ljungby/embed-widget',
  '@ljungby/media-kit',
] as const;
export type PackageName = (typeof packages)[number];

export const run = promisify(execFile);
export const npmEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  // A registry hiccup is retried, three times; the waits between tries (2 s, then 10 s) are
  // shorter than npm's own (10 s, then 60 s), which turned every failed lookup of a package the
  // registry does not have (an optional dependency of Vite 8.4, say) into 70 s of nothing.
  npm_config_fetch_retries: '3',
  npm_config_fetch_retry_mintimeout: '2000',
  npm_config_fetch_retry_maxtimeout: '10000',
  NEXT_TELEMETRY_DISABLED: '1',
};

/** What a page with the kit's components installs: the tokens, the content and the components. */
export const componentPackages: PackageName[] = [
  '@ljungby/design-tokens',
  '@ljungby/focus-content',
  '@ljungby/ui-components',
];

/**
 * Installs the packed tarballs of `names` into a project folder, plus the project's own
 * dependencies and any `extra` packages from the registry (npm's cache usually has them), the
 * way a partner installs from npm.
 */
export async function installTarballs(
  dir: string,
  tarballs: Record<string, string>,
  names: readonly PackageName[],
  extra: readonly string[] = [],
): Promise<void> {
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      // npm still asks about the kit's packages that the tarballs depend on: the loopback
      // registry answers with the same tarballs (see registry.ts).
      `--@ljungby:registry=${inject('registry')}`,
      ...names.map((n) => tarballs[n] as string),
      ...extra,
    ],
    { cwd: dir, env: npmEnv },
  );
}

/** Copies an example to the work folder and installs the packed tarballs into it. */
export async function installExample(
  work: string,
  example: string,
  tarballs: Record<string, string>,
  names: readonly PackageName[],
): Promise<string> {
  const dir = join(work, example);
  cpSync(join(root, 'examples', example), dir, {
    recursive: true,
    filter: (src) => !/node_modules|[/\\](dist|out|\.next)$/u.test(src),
  });
  await installTarballs(dir, tarballs, names);
  return dir;
}

/** Makes a new, empty ES-module project named after its folder, for `installTarballs`. */
export function createProject(dir: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: basename(dir), private: true, type: 'module' }),
  );
}

/** The installed manifest's dependency spec for a package: proves it came from a tarball. */
export const installedFrom = (dir: string, name: PackageName) =>
  (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies[name];

export { launchChromium as launch, serveFolder } from '@ljungby/test-browser';

/** The areas' Swedish names, in order, from the workspace's content (what the tarballs must show). */
export const swedishNames = getFocusAreas('sv').map((a) => a.name);
