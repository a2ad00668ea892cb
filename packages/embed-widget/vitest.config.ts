import { defineConfig } from 'vitest/config';
import { browserTestTimeout } from '@ljungby/test-browser';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Browser tests share one Chromium per file; files run one at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: browserTestTimeout,
    hookTimeout: browserTestTimeout,
  },
});
