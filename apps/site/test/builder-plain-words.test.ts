// The snippet builder's words in Chromium: the communicator's path has no jargon, on the page or
// in the platforms' guides.
import { describe, expect, it } from 'vitest';
import { siteInChromium } from './support';

const site = siteInChromium();

describe('the snippet builder', () => {
  it('speaks plainly on the communicator’s path', async () => {
    const jargon = /\b(CSP|SRI|CDN|integrity|inline|layout|h[1-6]|tagline|markdown)\b/gi;
    // The embed package's guides are its own docs; words they still use are listed here so a
    // new one fails, and are reported to the package's owners.
    const knownInGuides: Record<string, string[]> = {
      sitevision: ['cdn', 'csp'],
      // The html guide's "For developers" paragraph (3d99a64) explains SRI, the CDN and CSP.
      html: ['layout', 'sri', 'cdn', 'csp'],
    };
    const page = await site.browser.newPage();
    for (const path of ['badda-in/', 'en/embed/']) {
      await page.goto(`${site.server.base}${path}`);
      await page.locator('#b-copy').waitFor({ state: 'visible' });
      // The page's own words outside the developers' section, the snippet and the guides.
      const own = await page.evaluate(() => {
        const main = document.getElementById('main')?.cloneNode(true) as HTMLElement;
        main.querySelectorAll('details, code, pre, [data-platform], script').forEach((e) => {
          e.remove();
        });
        return main.innerText;
      });
      expect(own.match(jargon), path).toBeNull();
      for (const platform of ['wordpress', 'sitevision', 'wix', 'squarespace', 'html']) {
        const words = await page.locator(`[data-platform=${platform}]`).evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('code').forEach((c) => {
            c.remove();
          });
          return copy.textContent;
        });
        const found = [...new Set((words.match(jargon) ?? []).map((w) => w.toLowerCase()))];
        const unexpected = found.filter((w) => !(knownInGuides[platform] ?? []).includes(w));
        expect(unexpected, `${path} ${platform} guide`).toEqual([]);
        if (found.length) console.log(`${path} ${platform} guide still says: ${found.join(', ')}`);
      }
    }
    await page.close();
  });
});
