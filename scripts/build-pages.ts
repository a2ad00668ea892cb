// npm run build:pages [-- --base /berattarkit/ --out .pages --skip-build]
//
// Builds the partner site (apps/site, with SITE_BASE set to the base path) and Storybook, and
// puts both into one folder for GitHub Pages: the site at the root, Storybook under storybook/.
// Storybook's links are relative, so it needs no base; the site's are absolute, so it is built
// for the base it will be served from. Without apps/site (not merged yet), Storybook alone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assemblePages } from './pages/assemble.ts';
import { normalizeBase, repoBase, repoRoot } from './pages/base.ts';

export const siteDir = join(repoRoot, 'apps/site');
export const storybookBuild = join(repoRoot, 'apps/storybook/storybook-static');

/**
 * The environment for the builds, without what a test runner sets for its own Vite (vitest puts
 * BASE_URL=/, MODE, NODE_ENV=test … into process.env): Astro would read BASE_URL over SITE_BASE.
 */
function cleanEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key),
    ),
  );
}

/** Builds what the combined site needs for `base` and assembles it in `out`. */
export function buildPages({
  base,
  out,
  skipBuild = false,
}: {
  base: string;
  out: string;
  skipBuild?: boolean;
}) {
  const hasSite = existsSync(join(siteDir, 'package.json'));
  const run = (command: string, args: string[], env: Record<string, string> = {}) => {
    console.log(
      `$ ${[...Object.entries(env).map(([k, v]) => `${k}=${v}`), command, ...args].join(' ')}`,
    );
    execFileSync(command, args, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...cleanEnv(), ...env },
    });
  };
  if (!skipBuild) {
    // Storybook and everything both apps depend on, through turbo's cache.
    run('npx', [
      'turbo',
      'run',
      'build',
      '--filter=@ljungby/storybook',
      ...(hasSite ? ['--filter=@ljungby/site^...'] : []),
      '--output-logs=errors-only',
    ]);
  }
  // The site is built for this base into a folder of its own, so that apps/site/dist (turbo's
  // output, built for "/") stays as turbo left it.
  const siteOut = `${out.replace(/\/$/, '')}-site`;
  if (hasSite && skipBuild) {
    // The site's assets (scripts/assets.ts: src/generated/, public/embed/, public/downloads/)
    // do not depend on the base and are in place from turbo's build; writing them again would
    // empty those folders while the site's typecheck, lint and tests read them in parallel.
    run('npx', ['-w', '@ljungby/site', 'astro', 'build', '--outDir', siteOut], {
      SITE_BASE: base,
      ASTRO_TELEMETRY_DISABLED: '1',
    });
  } else if (hasSite) {
    run('npm', ['run', 'build', '-w', '@ljungby/site', '--', '--outDir', siteOut], {
      SITE_BASE: base,
    });
  } else {
    console.log(`No partner site yet (${siteDir} is missing): Storybook only.`);
  }
  return assemblePages({ site: hasSite ? siteOut : undefined, storybook: storybookBuild, out });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      base: { type: 'string', default: process.env.SITE_BASE ?? repoBase() },
      out: { type: 'string', default: '.pages' },
      'skip-build': { type: 'boolean', default: false },
    },
  });
  const base = normalizeBase(values.base);
  const out = resolve(repoRoot, values.out);
  const result = buildPages({ base, out, skipBuild: values['skip-build'] });
  console.log(
    `Combined site for ${base} in ${result.out}: ${result.site ? 'partner site at the root, ' : ''}` +
      `Storybook in storybook/.`,
  );
}
