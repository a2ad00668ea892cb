// Screenshots of built pages for a person to look at: `node scripts/look.ts <out-dir> [path…]`,
// at 390 and 1280 px, light and dark, full page. Not part of the tests.
import { launchChromium, serveFolder } from '@ljungby/test-browser';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [out = '/tmp/site-look', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serveFolder(fileURLToPath(new URL('../dist', import.meta.url)));
const browser = await launchChromium();
try {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const path of paths.length ? paths : ['']) {
        await page.goto(`${server.base}${path}`);
        // Widgets render when they near the viewport: bring each into view, then wait.
        for (const story of await page.locator('ljungby-story').all()) {
          await story.scrollIntoViewIfNeeded();
        }
        // Lazy previews load as a reader scrolls to them: do the same, and wait until they have.
        for (const img of await page.locator('img[loading="lazy"]').all()) {
          await img.scrollIntoViewIfNeeded();
          await img.evaluate(async (el: HTMLImageElement) => {
            if (!el.complete) {
              await new Promise((done) => {
                el.addEventListener('load', done);
              });
            }
          });
        }
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => {
          window.scrollTo(0, 0);
        });
        const name = `${(path || 'start').replace(/[/?=&]+/g, '_')}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        console.log(join(out, name));
        // Narrow pages are long: also in parts that can be read at full size.
        {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, i = 1; y < height; y += 1400, i++) {
            const part = name.replace('.png', `-part${i}.png`);
            await page.screenshot({
              path: join(out, part),
              fullPage: true,
              clip: { x: 0, y, width, height: Math.min(1400, height - y) },
            });
          }
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
