// A Next.js App Router app renders the kit on the server (four cards and a story in a server
// component) and uses a client component where interaction needs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useNextApp } from './next-app.ts';
import { installedFrom, launch, swedishNames } from './support.ts';

const app = useNextApp();

describe('Next.js App Router', () => {
  it('installs the kit from the packed tarballs', () => {
    expect(installedFrom(app.dir, '@ljungby/ui-components')).toMatch(/^file:.*\.tgz$/);
  });

  it('prerenders the four cards and the story, in Swedish, on the server', () => {
    const html = readFileSync(join(app.dir, '.next/server/app/index.html'), 'utf8');
    for (const name of swedishNames)
      expect(html).toContain(`class="lk-focus-area-card__title">${name}</h3>`);
    expect(html).toContain('class="lk-focus-area-story"');
    expect(html).toMatch(/35[\s\u00a0\u202f]000/u);
    expect(html).toContain('I samarbete med Ljungby kommun');
    expect(html).toMatch(/<html lang="sv"/);
  });

  it('hydrates the client component and switches its language on click', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        // Failed requests are judged by URL below (the example has no favicon, by choice).
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
          errors.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
          errors.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${app.origin}/`);
      // The grid's card per area, and the language card.
      expect(await page.locator('.lk-focus-area-card').count()).toBe(swedishNames.length + 1);
      await page.getByRole('button', { name: 'Show in English' }).click();
      await page.getByRole('heading', { name: 'Switch language' }).waitFor();
      const card = page.locator(
        'section[aria-labelledby="language-card-title"] .lk-focus-area-card',
      );
      expect(await card.getAttribute('lang')).toBe('en');
      expect(errors, errors.join('\n')).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
