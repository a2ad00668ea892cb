// One stylesheet gate for the whole monorepo: a `var(--lk-…)` that no token and no component knob
// defines resolves to nothing in the browser, silently. This config makes it a lint error.
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPaths } from './generated-paths.js';

const root = import.meta.dirname;

// Built and installed copies; generated sources (e.g. the site's theme.css) do define properties.
const skipped = /(^|\/)(node_modules|dist|storybook-static)\//u;

/**
 * Where custom properties are defined, as absolute paths (the plugin resolves relative paths
 * from the working directory, which differs per workspace): the built tokens, every component
 * stylesheet (whose knobs other components and the apps may set or read), and the apps' own
 * stylesheets (a site's page variables may live in another file than the rule that reads them).
 */
export const definitions = [
  join(root, 'packages/design-tokens/dist/css/tokens.css'),
  ...globSync(['packages/*/src/**/*.css', 'apps/**/*.css', 'apps/*/.storybook/**/*.css'], {
    cwd: root,
  })
    .filter((file) => !skipped.test(file))
    .map((file) => join(root, file)),
];

/** @type {import('stylelint').Config} */
export default {
  plugins: ['stylelint-value-no-unknown-custom-properties'],
  ignoreFiles: generatedPaths,
  rules: {
    'csstools/value-no-unknown-custom-properties': [true, { importFrom: definitions }],
    // The plugin accepts any var() that has a fallback, so `var(--lk-colr-text, black)` would
    // pass unseen. The kit's knobs default to tokens instead of fallbacks: forbid fallbacks on
    // the kit's own properties so that every `--lk-*` reference is checked.
    'declaration-property-value-disallowed-list': [
      { '/.*/': ['/var\\(\\s*--lk-[\\w-]+\\s*,/'] },
      {
        message: (property) =>
          `A var(--lk-…) in "${property}" has a fallback; drop it and use a defined token or knob, so that a misspelt name is caught`,
      },
    ],
  },
};
