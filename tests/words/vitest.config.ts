import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The planted faults and the status flips copy the repository and run the whole check on
    // the copy, which takes a while on a busy two-core machine.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
