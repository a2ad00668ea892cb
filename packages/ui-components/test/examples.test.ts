// The "done when" of the components issue: a fresh Vite + React app and a Node server-render
// script, each installing the packed tarballs (npm pack) rather than workspace links, render the
// four cards. The examples live in examples/ at the root; they are copied to a temporary folder
// so that nothing in the repository changes.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '@ljungby/test-browser';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const names = ['Unga vuxna', 'Vatten', 'Sagobygden', 'Näringsliv'];
const tmp = mkdtempSync(join(tmpdir(), 'berattarkit-examples-'));
const npmEnv = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

async function pack(): Promise<string[]> {
  const out: string[] = [];
  for (const pkg of ['design-tokens', 'focus-content', 'ui-components']) {
    const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', tmp], {
      cwd: join(root, 'packages', pkg),
      env: npmEnv,
    });
    out.push(join(tmp, stdout.trim().split('\n').at(-1) ?? ''));
  }
  return out;
}

async function install(example: string, tarballs: string[]): Promise<string> {
  const dir = join(tmp, example);
  cpSync(join(root, 'examples', example), dir, {
    recursive: true,
    filter: (src) => !/node_modules|[/\\](dist|out)$/u.test(src),
  });
  // --prefer-offline: the shared npm cache usually has every package already.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], {
    cwd: dir,
    env: npmEnv,
  });
  return dir;
}

let vite = '';
let ssr = '';

beforeAll(async () => {
  const tarballs = await pack();
  [vite, ssr] = await Promise.all([install('vite-react', tarballs), install('node-ssr', tarballs)]);
}, 180_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const unescape = (s: string) =>
  s.replace(/\\u([0-9a-f]{4})/giu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('examples installed from the packed tarballs', () => {
  it('installs the tarballs, not workspace links', () => {
    for (const dir of [vite, ssr]) {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      expect(manifest.dependencies['@ljungby/ui-components']).toMatch(
        /^file:.*ljungby-ui-components-.*\.tgz$/u,
      );
      const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');
      expect(lock).not.toMatch(/"link": true/u);
    }
  });

  it('node-ssr: React 18 renders the four cards to HTML, with the stylesheet next to it', async () => {
    const { stdout } = await run(process.execPath, ['render.js'], { cwd: ssr });
    expect(stdout).toMatch(/with React 18\./u);
    const html = readFileSync(join(ssr, 'out/index.html'), 'utf8');
    expect(html.match(/<article class="lk-focus-area-card"/gu)).toHaveLength(4);
    for (const name of names)
      expect(html).toContain(`class="lk-focus-area-card__title">${name}</h2>`);
    expect(readFileSync(join(ssr, 'out/styles.css'), 'utf8')).toContain('.lk-focus-area-card{');
  });

  describe('vite-react', () => {
    let server: Server;
    let url = '';

    beforeAll(async () => {
      await run(join(vite, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
        cwd: vite,
      });
      const dist = join(vite, 'dist');
      const types: Record<string, string> = {
        '.html': 'text/html',
        '.js': 'text/javascript',
        '.css': 'text/css',
      };
      server = createServer((req, res) => {
        const path = join(dist, req.url === '/' ? 'index.html' : (req.url ?? ''));
        let data: Buffer;
        try {
          data = readFileSync(path);
        } catch {
          res.writeHead(404).end();
          return;
        }
        res
          .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
          .end(data);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    }, 120_000);

    afterAll(() => {
      server.close();
    });

    it('vite build emits the cards and the stylesheet', () => {
      const assets = join(vite, 'dist/assets');
      const files = readdirSync(assets);
      const js = unescape(
        files
          .filter((f) => f.endsWith('.js'))
          .map((f) => readFileSync(join(assets, f), 'utf8'))
          .join('\n'),
      );
      const css = files
        .filter((f) => f.endsWith('.css'))
        .map((f) => readFileSync(join(assets, f), 'utf8'))
        .join('\n');
      for (const name of names) expect(js).toContain(name);
      expect(css).toContain('.lk-focus-area-card');
      expect(css).toContain('@layer lk.tokens');
    });

    it('the built app shows the four cards in Chromium', async () => {
      const browser = await chromium.launch(launchOptions);
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(url);
        const titles = page.locator('.lk-focus-area-card__title');
        await titles.first().waitFor();
        expect(await titles.allTextContents()).toEqual(names);
        for (const card of await page.locator('.lk-focus-area-card').all())
          expect(await card.isVisible()).toBe(true);
        // The stylesheet applied: the card has the kit's raised surface and a border.
        const border = await page
          .locator('.lk-focus-area-card')
          .first()
          .evaluate((el) => getComputedStyle(el).borderTopStyle);
        expect(border).toBe('solid');
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
});
