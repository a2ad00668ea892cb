import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Building the partner site for the sub-path and opening every page takes a while on a busy
    // two-core machine.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
