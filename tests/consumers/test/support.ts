import { execFile } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

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

export { launchChromium as launch, serveFolder } from '@ljungby/test-browser';

export const swedishNames = ['Unga vuxna', 'Vatten', 'Sagobygden', 'Näringsliv'];
