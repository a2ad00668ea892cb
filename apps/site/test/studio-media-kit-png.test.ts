// The template studio in Chromium, set to the kit's own subject, draws the same PNG as the media
// kit's file for it: the two drawings must not drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getContent } from '@ljungby/focus-content';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { dist } from './support';
import { studioOnPhone } from './studio-page';

const phone = studioOnPhone();
const { site, downloadOf } = phone;

describe('the template studio', () => {
  it('draws the kit’s own subject exactly as the media kit does (PNG within 0.5 % of pixels)', async () => {
    const { page } = phone;
    const sv = getContent('sv');
    const area = sv.focusAreas.find((a) => a.id === 'vatten');
    if (!area) throw new Error('no vatten in the content');
    const query = new URLSearchParams({
      format: 'square',
      look: 'vatten',
      organisation: `Fokusområde: ${area.name}`,
      headline: area.keyMessages[0] ?? '',
    });
    await page.goto(`${site.server.base}gor-eget/?${query.toString()}`);
    await page.waitForSelector('#studio[data-ready]');
    await page.locator('#s-image:not([hidden])').waitFor();
    const studio = PNG.sync.read(
      await downloadOf(() => page.locator('[data-export="png"]').click()),
    );
    const kit = PNG.sync.read(
      readFileSync(join(dist, 'downloads/media-kit/files/vatten/sv/ljungby-vatten-sv-square.png')),
    );
    expect([studio.width, studio.height]).toEqual([kit.width, kit.height]);
    const differing = pixelmatch(studio.data, kit.data, undefined, kit.width, kit.height, {
      threshold: 0.1,
    });
    const share = differing / (kit.width * kit.height);
    console.log(
      `Studio PNG against the media kit's: ${(share * 100).toFixed(3)} % of pixels differ`,
    );
    expect(share).toBeLessThanOrEqual(0.005);
  });
});
