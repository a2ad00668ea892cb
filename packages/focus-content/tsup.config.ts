import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    sv: 'src/sv.ts',
    en: 'src/en.ts',
    illustrations: 'src/illustrations.ts',
    ids: 'src/ids.ts',
    'area-fields': 'src/area-fields.ts',
    'link-texts': 'src/link-texts.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  // scripts/build.ts has already written dist/json and dist/illustrations.
  clean: false,
  sourcemap: false,
  target: 'es2020',
  esbuildPlugins: [
    {
      name: 'focus-content-data',
      setup(build) {
        // The data modules are the JSON that scripts/build.ts generated from content/**.
        build.onResolve({ filter: /^virtual:focus-content\// }, (args) => ({
          path: resolve(
            import.meta.dirname,
            'generated',
            `${args.path.slice('virtual:focus-content/'.length)}.json`,
          ),
        }));
      },
    },
  ],
});
