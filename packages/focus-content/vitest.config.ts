import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The bad-input tests run the real build script in child processes.
    testTimeout: 30_000,
  },
});
