// THE component list of @ljungby/ui-components. Everything that names the components is built
// from it: tsup's entries (tsup.config.ts), the stylesheets and their cascade order
// (scripts/postbuild.ts), and — written by `npm run generate` (scripts/generate.ts) — the
// `exports` of package.json, .size-limit.json, src/index.ts, src/markup/index.ts and
// src/stories.css. test/generated.test.ts fails when a generated file is out of date.
//
// To add a component: make its folder src/<Name>/ (index.ts, <Name>.tsx, markup.ts, CSS if
// any, test and story), add one line here, run `npm run generate`.

export interface Part {
  /** Folder under src/, and for components the subpath and the React export's name. */
  name: string;
  /** A React component with its own subpath (`@ljungby/ui-components/<name>`). */
  react: boolean;
  /** Its stylesheet `src/<name>/<css>.css`, published as `css/<css>.css`. */
  css?: string;
  /** The size budget of its subpath (gzip, without React and the kit's own packages). */
  budget?: string;
}

/** In cascade order: a later stylesheet may build on an earlier one. */
export const parts: Part[] = [
  { name: 'Heading', react: true, css: 'heading' },
  { name: 'Text', react: true, css: 'text' },
  { name: 'LinkButton', react: true, css: 'link-button' },
  { name: 'Stack', react: true, css: 'stack' },
  { name: 'RichText', react: true },
  { name: 'Illustration', react: false },
  { name: 'FocusAreaCard', react: true, css: 'focus-area-card' },
  { name: 'FocusAreaGrid', react: true, css: 'focus-area-grid' },
  { name: 'FocusAreaStory', react: true, css: 'focus-area-story' },
  { name: 'KeyFigure', react: true, css: 'key-figure' },
  { name: 'VisionBanner', react: true, css: 'vision-banner' },
  { name: 'PartnerList', react: true, css: 'partner-list' },
  { name: 'PartnerLine', react: true, css: 'partner-line' },
  { name: 'Attribution', react: true, css: 'attribution' },
  { name: 'KitProvider', react: true },
];

/** The React components, each its own entry and subpath. */
export const components = parts.filter((p) => p.react).map((p) => p.name);

/** Public stylesheet name → source, in cascade order; the base comes first. */
export const stylesheets: [name: string, source: string][] = [
  ['base', 'src/base/base.css'],
  ...parts.flatMap((p): [string, string][] =>
    p.css ? [[p.css, `src/${p.name}/${p.css}.css`]] : [],
  ),
];

/** What every React entry may leave out of its budget: React and the kit's own packages. */
const shared = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@ljungby/focus-content',
  '@ljungby/design-tokens',
];

export interface Budget {
  name: string;
  path: string;
  import?: string;
  limit: string;
  gzip: true;
  ignore?: string[];
  rolldown?: false;
}

/** The size budgets: one per component subpath, then the whole-package entries. */
export const budgets: Budget[] = [
  ...parts
    .filter((p) => p.react)
    .map((p): Budget => ({
      name: `@ljungby/ui-components/${p.name}`,
      path: `dist/${p.name}.js`,
      import: `{ ${p.name} }`,
      limit: p.budget ?? '2 kB',
      gzip: true,
      ignore: shared,
    })),
  {
    name: '@ljungby/ui-components (every component)',
    path: 'dist/index.js',
    import: '*',
    limit: '4.5 kB',
    gzip: true,
    ignore: shared,
  },
  {
    name: 'FocusAreaCard from @ljungby/ui-components/sv, with its Swedish content and illustrations',
    path: 'dist/sv.js',
    import: '{ FocusAreaCard }',
    limit: '9 kB',
    gzip: true,
    ignore: ['react', 'react-dom', 'react/jsx-runtime'],
  },
  {
    name: '@ljungby/ui-components/markup (whole entry, no dependencies)',
    path: 'dist/markup.js',
    import: '*',
    limit: '3.5 kB',
    gzip: true,
    ignore: [],
  },
  {
    name: '@ljungby/ui-components/markup (what the embed needs: card, grid, story, toDom)',
    path: 'dist/markup.js',
    import: '{ focusAreaCard, focusAreaGrid, focusAreaStory, toDom }',
    limit: '2.5 kB',
    gzip: true,
    ignore: [],
  },
  {
    name: '@ljungby/ui-components/styles.css (tokens included)',
    path: 'dist/styles.css',
    limit: '8 kB',
    gzip: true,
    rolldown: false,
  },
];
