// The tests Stryker runs for every mutant (npm run mutation): the in-process tests of the content
// checks, which call the check functions with small inputs. The tests that start the build
// script as a separate process, or read the built dist/, stay in `npm test` (vitest.config.ts):
// a child process never sees the mutant, and the dist/ files were built before it was made, so
// they cannot kill one and only cost time (a full run with them took about an hour).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/checks/**/*.test.ts', 'test/{text,link-text,rich-text}.test.ts'],
    environment: 'node',
  },
});
