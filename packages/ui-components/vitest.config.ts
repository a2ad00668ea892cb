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
          // testing-library's role queries walk jsdom's whole tree: over a whole story that is
          // 1–2 s alone and over 7 s on a busy 2-core machine (the whole npm test at once),
          // past vitest's 5 s. No speed is under test here.
          testTimeout: 30_000,
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
