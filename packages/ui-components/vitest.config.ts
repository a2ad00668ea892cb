import { defineConfig } from 'vitest/config';
import { browserTestTimeout } from '@ljungby/test-browser';

// Three projects: component behaviour in jsdom next to each component, the Node-side checks
// (server rendering of dist in child processes, docs, tree-shaking) and axe in Chromium.
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
          exclude: ['test/browser.test.ts'],
          environment: 'node',
          // Server rendering and bundling of dist/ in child processes take seconds.
          testTimeout: browserTestTimeout,
          hookTimeout: browserTestTimeout,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser.test.ts'],
          environment: 'node',
          testTimeout: browserTestTimeout,
          hookTimeout: browserTestTimeout,
        },
      },
    ],
  },
});
