// What the rendered heights depend on: the markup of every rendering and the widget's CSS. The
// measured heights (build/heights.json) carry this fingerprint, and a test fails when it no
// longer matches, so that a content or style change cannot silently break the reservation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getContent, locales } from '@ljungby/focus-content';
import { illustrations } from '@ljungby/focus-content/illustrations';
import { areas, layouts } from '../src/options.ts';
import { widgetMarkup } from '../src/render.ts';

export function heightsFingerprint(dist: string): string {
  const hash = createHash('sha256');
  for (const locale of locales)
    for (const area of areas)
      for (const layout of layouts) {
        const options = { area, layout, locale, colorScheme: 'light', headingLevel: 2 } as const;
        hash.update(JSON.stringify(widgetMarkup(getContent(locale), illustrations, options)));
      }
  for (const name of ['card', 'story']) hash.update(readFileSync(join(dist, 'css', `${name}.css`)));
  return hash.digest('base64url').slice(0, 16);
}
