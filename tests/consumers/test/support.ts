import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getFocusAreas } from '@ljungby/focus-content';
import { inject } from 'vitest';
import type { ProjectName } from './installs.ts';

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

/** The folder of a project that global-setup.ts installed for this run (see installs.ts). */
export const projectDir = (name: ProjectName): string => inject('projects')[name];

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
