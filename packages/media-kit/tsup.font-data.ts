import { resolve } from 'node:path';
import type { Options } from 'tsup';

/** An esbuild plugin that resolves every import of src/font-data.ts to one of its variants. */
export const fontData = (
  variant: 'inline' | 'browser',
): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'font-data',
  setup(build) {
    build.onResolve({ filter: /\/font-data\.ts$/ }, () => ({
      path: resolve(import.meta.dirname, `src/font-data.${variant}.ts`),
    }));
  },
});
