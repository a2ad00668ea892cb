import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
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
  addons: [
    // MDX 3 follows CommonMark only; remark-gfm brings back GitHub's tables, which the docs use.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The kit's own favicon (public/favicon.svg) replaces Storybook's.
  staticDirs: ['../public'],
  typescript: {
    // The props tables read the components' JSDoc. Storybook's default parser (react-docgen)
    // takes defaults only from destructuring, so every `@default` stayed out of the Default
    // column; react-docgen-typescript reads `@default` and spells out the members of unions
    // (`'sv' | 'en'` rather than "union").
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // The components live in their package, outside this app's TypeScript project: read them
      // with the package's own project.
      tsconfigPath: join(packages, 'ui-components/tsconfig.json'),
      include: [join(packages, 'ui-components/src/**/*.tsx')],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // The kit's own props only, not every attribute React's types declare.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
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
