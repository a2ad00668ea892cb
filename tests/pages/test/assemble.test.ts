// The assembly of the combined folder and the server `npm start` uses, on the stand-in site.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storybookBuild } from '../../../scripts/build-pages.ts';
import { assemblePages } from '../../../scripts/pages/assemble.ts';
import { normalizeBase } from '../../../scripts/pages/base.ts';
import { servePages } from '../../../scripts/pages/serve.ts';
import { fixtureSite, testBase } from './site-source.ts';

const work = mkdtempSync(join(tmpdir(), 'assemble-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('assemblePages', () => {
  it('puts the site at the root and Storybook under storybook/', () => {
    const out = join(work, 'ok');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.html'), 'from an earlier run');
    assemblePages({ site: fixtureSite, storybook: storybookBuild, out });
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'en/index.html'))).toBe(true);
    expect(existsSync(join(out, 'storybook/index.html'))).toBe(true);
    expect(existsSync(join(out, 'storybook/iframe.html'))).toBe(true);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
  });

  it('names the missing build', () => {
    expect(() =>
      assemblePages({ site: fixtureSite, storybook: join(work, 'nothing'), out: join(work, 'x') }),
    ).toThrow(/nothing: no Storybook build here .*npm run build -w @ljungby\/storybook/);
    expect(() =>
      assemblePages({
        site: join(work, 'nothing'),
        storybook: storybookBuild,
        out: join(work, 'x'),
      }),
    ).toThrow(/nothing: no built partner site here .*npm run build -w @ljungby\/site/);
  });

  it('refuses a site that has its own storybook/ folder', () => {
    const site = join(work, 'clash');
    cpSync(fixtureSite, site, { recursive: true });
    mkdirSync(join(site, 'storybook'));
    expect(() => assemblePages({ site, storybook: storybookBuild, out: join(work, 'y') })).toThrow(
      /clash\/storybook: the partner site has its own "storybook" folder/,
    );
  });
});

describe('normalizeBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['berattarkit', '/berattarkit/'],
    ['/berattarkit', '/berattarkit/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
  it.each(['https://example.org/x/', '/../x/', '/a b/'])('refuses %j', (input) => {
    expect(() => normalizeBase(input)).toThrow(/expected a path such as "\/berattarkit\/"/);
  });
});

describe('servePages, as GitHub Pages answers', () => {
  it('serves under the base, redirects folders to their slash and the root to the base', async () => {
    const out = join(work, 'served');
    assemblePages({ site: fixtureSite, storybook: storybookBuild, out });
    const server = await servePages({ dir: out, base: testBase });
    try {
      const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });
      expect((await get(testBase)).status).toBe(200);
      expect((await get(`${testBase}storybook/`)).status).toBe(200);
      const folder = await get(`${testBase}storybook?path=/docs/x`);
      expect(folder.status).toBe(301);
      expect(folder.headers.get('location')).toBe(`${testBase}storybook/?path=/docs/x`);
      expect((await get('/')).headers.get('location')).toBe(testBase);
      expect((await get('/storybook/index.html')).status).toBe(404);
      expect((await get(`${testBase}nothing-here.html`)).status).toBe(404);
      expect((await get(`${testBase}../package.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
