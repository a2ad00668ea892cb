import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // npm installs and framework builds take tens of seconds on a 2-core machine.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Two at a time: each proof is mostly waiting on npm or a bundler.
    maxWorkers: 2,
    projects: [
      // The harness's own logic, in plain Node and in seconds (npm run test:fast).
      { extends: true, test: { name: 'unit', include: ['test/**/*.unit.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'proofs',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.unit.test.ts'],
          // Packs the packages and installs every project once for all proofs (test/global-setup.ts).
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
