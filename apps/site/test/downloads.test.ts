// Every SVG the site offers describes itself: role="img", a language, and a title and a
// description; the illustrations, offered on Swedish and English pages alike, in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusAreaIds, getContent, locales } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { dist } from './support';

const downloads = join(dist, 'downloads');
const svgs = (readdirSync(downloads, { recursive: true }) as string[]).filter((p) =>
  p.endsWith('.svg'),
);

describe('the SVG downloads', () => {
  it('all carry role="img", a language, a title and a description', () => {
    expect(svgs.length).toBeGreaterThan(focusAreaIds.length);
    for (const path of svgs) {
      const svg = readFileSync(join(downloads, path), 'utf8');
      const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root, path).toContain('role="img"');
      expect(root, path).toMatch(/ xml:lang="(sv|en)"/);
      expect(svg, path).toMatch(/<title[^>]*>[^<]+<\/title>/);
      expect(svg, path).toMatch(/<desc[^>]*>[^<]+<\/desc>/);
    }
  });

  it('describe the illustrations in Swedish and English', () => {
    for (const area of focusAreaIds) {
      const svg = readFileSync(join(downloads, `illustration-${area}.svg`), 'utf8');
      for (const lang of locales) {
        const content = getContent(lang).focusAreas.find((a) => a.id === area);
        const escaped = (content?.illustration.alt ?? '-').replace(/&/g, '&amp;');
        expect(svg, `${area} ${lang}`).toContain(`<desc xml:lang="${lang}">${escaped}</desc>`);
        expect(svg).toContain(`<title xml:lang="${lang}">Illustration: ${content?.name}</title>`);
      }
    }
  });
});
