import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Resolves the tokens once for every test file (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // The bad-input tests run whole builds in child processes.
    testTimeout: 30_000,
  },
});
