import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import type { Alias } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const packages = join(here, '../../../packages');

const config: StorybookConfig = {
  stories: [
    '../src/**/*.mdx',
    '../src/**/*.stories.@(ts|tsx)',
    // Each component's stories live next to it in the package, as its single set of examples.
    // (No MDX glob there: the package has no MDX, and an empty glob makes Storybook warn.)
    '../../../packages/ui-components/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The snippet builder's live preview runs the real built widget against the real built
  // content, served with the site under relative paths (so the site works from any folder and
  // with no network): ./embed/embed.js and ./content/dist/json/<lang>.json.
  staticDirs: [
    { from: join(packages, 'embed-widget/dist'), to: '/embed' },
    { from: join(packages, 'focus-content/dist'), to: '/content/dist' },
  ],
  viteFinal: (config) => {
    // Stories import the components by package name; point that at the source so that the props
    // table comes from the JSDoc. The regex leaves subpaths such as /styles.css on dist.
    config.resolve ??= {};
    const alias: Alias[] = Array.isArray(config.resolve.alias)
      ? (config.resolve.alias as Alias[])
      : [];
    config.resolve.alias = [
      ...alias,
      {
        find: /^@ljungby\/ui-components$/,
        replacement: join(packages, 'ui-components/src/index.ts'),
      },
    ];
    return config;
  },
};

export default config;
