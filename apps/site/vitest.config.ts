import { defineConfig } from 'vitest/config';
import { browserPatience, browserTestTimeout } from '@ljungby/test-browser';

export default defineConfig({
  test: {
    projects: [
      // The site's pure logic and its built pages, in plain Node and in seconds (test:fast).
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/*.test.ts'],
          environment: 'node',
          // Browser tests share one Chromium per file; files run one at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: browserTestTimeout,
          hookTimeout: browserTestTimeout,
          // expect.poll waits for a condition like any other step: its own default of 1 s ran
          // out on the builder's preview captions while the whole npm test ran (CI, Dec 2026).
          expect: { poll: { timeout: browserPatience } },
        },
      },
    ],
  },
});
