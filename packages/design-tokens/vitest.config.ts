import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The bad-input tests run whole builds in child processes.
    testTimeout: 30_000,
  },
});
