import { defineConfig } from 'tsup';

const components = [
  'FocusAreaCard',
  'FocusAreaGrid',
  'FocusAreaStory',
  'KeyFigure',
  'VisionBanner',
  'PartnerList',
  'PartnerLine',
  'Attribution',
  'KitProvider',
  'Heading',
  'Text',
  'LinkButton',
  'Stack',
];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    markup: 'src/markup/index.ts',
    ...Object.fromEntries(components.map((c) => [c, `src/${c}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  // Shared code (toReact, the builders) lands in chunks, so importing two components from their
  // subpaths does not load it twice. No "use client": nothing here needs the client, so every
  // component also renders as a React server component.
  splitting: true,
  treeshake: true,
  clean: true,
  target: 'es2020',
  external: ['react', '@ljungby/focus-content', '@ljungby/design-tokens'],
});
