import { defineConfig } from 'vitest/config';
import { browserTestTimeout } from '@ljungby/test-browser';

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
        },
      },
    ],
  },
});
