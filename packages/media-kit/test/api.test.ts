// The published API, imported from the built package: renderShareImage gives an SVG at the
// format's size in light or dark, and renderShareImagePng a PNG for an opengraph-image route.
import { readFileSync } from 'node:fs';
import { focusAreaIds, locales } from '@ljungby/focus-content';
import tokens from '@ljungby/design-tokens/json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { pngSize } from './support.ts';

// The built bundle (font and tokens inlined, resvg loaded at run time), typed by its source.
const bundle = new URL('../dist/index.js', import.meta.url).href;
const { imageFormats, renderShareImage, renderShareImagePng } = (await import(
  bundle
)) as typeof import('../src/index.ts');

describe('renderShareImage', () => {
  it('returns an SVG at the link-preview size, light by default', async () => {
    const svg = await renderShareImage({
      area: focusAreaIds[1],
      format: 'link-preview',
      locale: 'en',
    });
    expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/u);
    expect(svg).toContain(`fill="${tokens.light.color.surface.default}"`);
  });

  it('draws the dark colour scheme from the dark tokens, with the area’s dark accent', async () => {
    const area = focusAreaIds[0];
    const svg = await renderShareImage({ area, format: 'square', colorScheme: 'dark' });
    expect(svg).toContain(`fill="${tokens.dark.color.surface.default}"`);
    expect(svg).toContain(tokens.focusAreas[area].dark.accent.default);
    expect(svg).not.toContain(`fill="${tokens.light.color.surface.default}"`);
  });

  it('fits every area in every format in the dark scheme too', async () => {
    for (const area of [...focusAreaIds, 'vision', 'all'])
      for (const lang of locales)
        for (const format of Object.keys(imageFormats) as (keyof typeof imageFormats)[])
          await expect(
            renderShareImage({ area, format, locale: lang, colorScheme: 'dark' }),
          ).resolves.toContain('<svg');
  }, 120_000);

  it('renders a PNG of exactly 1200 × 630', async () => {
    const png = await renderShareImagePng({ area: 'all', format: 'link-preview', locale: 'sv' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  // Next.js (Turbopack and webpack) bundles every import it can read, and cannot place resvg's
  // native addon in a chunk: the built file must keep the comments that tell it to leave resvg
  // to Node. A minifier that drops them breaks every partner's Next.js build (the consumer
  // proof's next build catches it too, in minutes; this does in a second).
  it('leaves resvg to Node in the built file, for bundlers such as Next.js', () => {
    const code = readFileSync(new URL(bundle), 'utf8');
    const resvgImport = /import\(([^()]*)["']@resvg\/resvg-js["']\)/u.exec(code)?.[1] ?? '';
    expect(resvgImport).toContain('webpackIgnore: true');
    expect(resvgImport).toContain('turbopackIgnore: true');
  });
});
