import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserTestTimeout, launchOptions } from '@ljungby/test-browser';

const here = dirname(fileURLToPath(import.meta.url));

// Every story runs in a real Chromium and must pass axe (a11y.test = 'error' in preview.tsx).
// The browser comes from CHROME_PATH (Debian's chromium by default), since Playwright cannot
// download its own here; other machines can point CHROME_PATH at any Chromium.
export default defineConfig({
  test: {
    // Each story runs twice, in light and in dark, so that both schemes pass axe.
    projects: [
      // The built Storybook (storybook-static) from a sub-folder, as a visitor opens it.
      {
        test: {
          name: 'static-site',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: browserTestTimeout,
          hookTimeout: browserTestTimeout,
        },
      },
      ...(['light', 'dark'] as const).map((scheme) => ({
        extends: true,
        plugins: [storybookTest({ configDir: join(here, '.storybook') })],
        define: {
          'import.meta.env.STORYBOOK_TEST_COLOR_SCHEME': JSON.stringify(scheme),
        },
        test: {
          name: `storybook-${scheme}`,
          // axe over the token pages' long tables takes seconds; on a busy 2-core machine (the
          // whole npm test at once) 15 s is not enough, and a timeout says nothing of the story.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions,
            }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
    ],
  },
});
