import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Packs the four packages once for every proof (see test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // npm installs and framework builds take tens of seconds on a 2-core machine.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Two at a time: each proof is mostly waiting on npm or a bundler.
    maxWorkers: 2,
  },
});
