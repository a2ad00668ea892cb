import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { browserTestTimeout } from '@ljungby/test-browser';

// The Node tests import src/ directly; src/build-info.ts reads what the build measured (the
// version, hashes and sizes), which build/build.ts also writes to .cache/build-info.json.
const info = new URL('.cache/build-info.json', import.meta.url);
const built = existsSync(info)
  ? (JSON.parse(readFileSync(info, 'utf8')) as {
      build: unknown;
      bytes: unknown;
      reserveCss: unknown;
    })
  : undefined;
const define = built && {
  __LK_EMBED_BUILD__: JSON.stringify(built.build),
  __LK_EMBED_BYTES__: JSON.stringify(built.bytes),
  __LK_RESERVE_CSS__: JSON.stringify(built.reserveCss),
};

/**
 * The files that drive Chromium (they import the harness, the shared browser helpers or
 * playwright); every other test runs in plain Node. Read from the files, so that a new or
 * renamed browser test never lands in the fast Node project by a stale list.
 */
const testDir = new URL('test/', import.meta.url);
const browserTests = readdirSync(testDir)
  .filter((name) => name.endsWith('.test.ts'))
  .filter((name) =>
    /from '(\.\/support\/harness\.ts|@ljungby\/test-browser[^']*|playwright-core)'/u.test(
      readFileSync(new URL(name, testDir), 'utf8'),
    ),
  )
  .map((name) => `test/${name}`);

export default defineConfig({
  define,
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.ts'], exclude: browserTests },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: browserTests,
          // Browser tests share one Chromium per file; files run one at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: browserTestTimeout,
          hookTimeout: browserTestTimeout,
        },
      },
    ],
  },
});
