// One folder for GitHub Pages: the partner site at the root, Storybook under storybook/.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The folder Storybook is published in, inside the combined site (`<base>storybook/`). */
export const storybookFolder = 'storybook';

export interface AssembleOptions {
  /** The built partner site (`apps/site/dist`, built with SITE_BASE); omitted: Storybook only. */
  site?: string | undefined;
  /** The built Storybook (`apps/storybook/storybook-static`). */
  storybook: string;
  /** The combined folder to write; emptied first. */
  out: string;
}

/** Copies both builds into `out` and says what went where. */
export function assemblePages({ site, storybook, out }: AssembleOptions) {
  if (!existsSync(join(storybook, 'index.html')) || !existsSync(join(storybook, 'index.json'))) {
    throw new Error(
      `${storybook}: no Storybook build here (index.html and index.json expected); run ` +
        '`npm run build -w @ljungby/storybook` first',
    );
  }
  if (site !== undefined) {
    if (!existsSync(join(site, 'index.html'))) {
      throw new Error(
        `${site}: no built partner site here (index.html expected); run ` +
          '`npm run build -w @ljungby/site` first',
      );
    }
    if (existsSync(join(site, storybookFolder))) {
      throw new Error(
        `${site}/${storybookFolder}: the partner site has its own "${storybookFolder}" folder, ` +
          'which Storybook would overwrite; the site must leave that folder to Storybook',
      );
    }
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (site !== undefined) cpSync(site, out, { recursive: true });
  cpSync(storybook, join(out, storybookFolder), { recursive: true });
  return { out, site: site !== undefined, storybook: join(out, storybookFolder) };
}
