// The link preview of the Next.js example: an `opengraph-image` route that calls
// renderShareImagePng from the packed @ljungby/media-kit. Next.js must build it (bundling the
// package), serve a 1200 × 630 PNG and point the page's og:image tags at it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtNextApp } from './next-app.ts';
import { installedFrom, npmEnv } from './support.ts';

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

/** Fetches once the server answers (it takes a moment to start on a busy machine). */
async function fetchWhenUp(url: string): Promise<Response> {
  for (let i = 0; ; i++) {
    try {
      return await fetch(url);
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

beforeAll(async () => {
  dir = await builtNextApp(inject('work'), inject('tarballs'));
});

afterAll(() => {
  server?.kill();
});

describe('Next.js opengraph-image with @ljungby/media-kit', () => {
  it('installs the media kit from the packed tarball', () => {
    expect(installedFrom(dir, '@ljungby/media-kit')).toMatch(/^file:.*\.tgz$/);
  });

  it('links the image from the page with its size and a generated alt text', () => {
    const html = readFileSync(join(dir, '.next/server/app/index.html'), 'utf8');
    expect(html).toMatch(/<meta property="og:image" content="[^"]*\/opengraph-image[^"]*"/u);
    expect(html).toContain('<meta property="og:image:width" content="1200"/>');
    expect(html).toContain('<meta property="og:image:height" content="630"/>');
    expect(html).toContain('<meta property="og:image:type" content="image/png"/>');
    // The alt text names the four areas, in Swedish, from the content.
    expect(html).toMatch(/<meta property="og:image:alt" content="[^"]*Näringsliv[^"]*"/u);
  });

  it('serves a 1200 × 630 PNG', async () => {
    const port = await freePort();
    server = spawn(
      join(dir, 'node_modules/.bin/next'),
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: dir, env: npmEnv, stdio: 'ignore' },
    );
    const response = await fetchWhenUp(`http://127.0.0.1:${port}/opengraph-image`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = new Uint8Array(await response.arrayBuffer());
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    expect(png.byteLength).toBeLessThan(500_000);
  });
});
