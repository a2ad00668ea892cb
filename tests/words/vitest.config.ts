import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each planted fault runs the whole check once over a copy of the kit's texts.
    testTimeout: 120_000,
  },
});
