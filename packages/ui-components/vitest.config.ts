import { defineConfig } from 'vitest/config';
import { browserTestTimeout } from '@ljungby/test-browser';

// Two projects: component behaviour in jsdom next to each component, and the Node-side checks
// (server rendering of dist in child processes, docs, axe in Chromium, packed examples).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // One jsdom for all component files (isolate: false): setting up jsdom per file cost most of the run.
        test: {
          name: 'components',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // Browser runs and npm installs of the packed tarballs take seconds, not milliseconds.
          testTimeout: browserTestTimeout,
          hookTimeout: browserTestTimeout,
        },
      },
    ],
  },
});
