// Folders that hold installed or generated files, never source: every linter skips them. One
// list, so that a new output folder is added once (eslint.config.js and stylelint.config.js).
export const generatedPaths = [
  '**/node_modules/**',
  '**/dist/**',
  '**/storybook-static/**',
  '**/.turbo/**',
  '**/.cache/**',
  // Mutation testing's sandboxes (npm run mutation).
  '**/.stryker-tmp/**',
  '**/coverage/**',
  '**/generated/**',
  // Astro's generated types (astro sync).
  '**/.astro/**',
  // Built partner pages (npm run build:pages).
  '.pages/**',
  '.pages-site/**',
];
