// A Next.js App Router app renders the kit on the server (four cards and a story in a server
// component) and uses a client component where interaction needs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtNextApp } from './next-app.ts';
import { installedFrom, launch, npmEnv, swedishNames } from './support.ts';

let dir = '';
let server: ChildProcess | undefined;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => {
        resolve(port);
      });
    });
  });

beforeAll(async () => {
  dir = await builtNextApp(inject('work'), inject('tarballs'));
});

afterAll(() => {
  server?.kill();
});

describe('Next.js App Router', () => {
  it('installs the kit from the packed tarballs', () => {
    expect(installedFrom(dir, '@ljungby/ui-components')).toMatch(/^file:.*\.tgz$/);
  });

  it('prerenders the four cards and the story, in Swedish, on the server', () => {
    const html = readFileSync(join(dir, '.next/server/app/index.html'), 'utf8');
    for (const name of swedishNames)
      expect(html).toContain(`class="lk-focus-area-card__title">${name}</h3>`);
    expect(html).toContain('class="lk-focus-area-story"');
    expect(html).toMatch(/35[\s\u00a0\u202f]000/u);
    expect(html).toContain('I samarbete med Ljungby kommun');
    expect(html).toMatch(/<html lang="sv"/);
  });

  it('hydrates the client component and switches its language on click', async () => {
    const port = await freePort();
    server = spawn(
      join(dir, 'node_modules/.bin/next'),
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: dir,
        env: npmEnv,
        stdio: 'ignore',
      },
    );
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
      for (let i = 0; ; i++) {
        try {
          await page.goto(`http://127.0.0.1:${port}/`);
          break;
        } catch (error) {
          if (i > 50) throw error;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      expect(await page.locator('.lk-focus-area-card').count()).toBe(5);
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
