// The link preview of the Next.js example: an `opengraph-image` route that calls
// renderShareImagePng from the packed @ljungby/media-kit. Next.js must build it (bundling the
// package), serve a 1200 × 630 PNG and point the page's og:image tags at it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useNextApp } from './next-app.ts';
import { installedFrom } from './support.ts';

const app = useNextApp();

describe('Next.js opengraph-image with @ljungby/media-kit', () => {
  it('installs the media kit from the packed tarball', () => {
    expect(installedFrom(app.dir, '@ljungby/media-kit')).toMatch(/^file:.*\.tgz$/);
  });

  it('links the image from the page with its size and a generated alt text', () => {
    const html = readFileSync(join(app.dir, '.next/server/app/index.html'), 'utf8');
    expect(html).toMatch(/<meta property="og:image" content="[^"]*\/opengraph-image[^"]*"/u);
    expect(html).toContain('<meta property="og:image:width" content="1200"/>');
    expect(html).toContain('<meta property="og:image:height" content="630"/>');
    expect(html).toContain('<meta property="og:image:type" content="image/png"/>');
    // The alt text names the four areas, in Swedish, from the content.
    expect(html).toMatch(/<meta property="og:image:alt" content="[^"]*Näringsliv[^"]*"/u);
  });

  it('serves a 1200 × 630 PNG', async () => {
    const response = await fetch(`${app.origin}/opengraph-image`);
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
