// What each choice of area and layout leads to, in plain Node: the reservation a snippet links
// or writes, the content files the element fetches, and what the widget draws from them. (The
// browser suites show the same on real pages; these make a wrong branch fail in seconds.)
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusAreaIds, getContent, illustrations, locales } from '@ljungby/focus-content';
import { toHtml } from '@ljungby/ui-components/markup';
import { describe, expect, it } from 'vitest';
import { dataFiles } from '../src/data-files.ts';
import { createSnippet, snippetCost } from '../src/index.ts';
import { reservationFor } from '../src/options.ts';
import { reservationFile, reservationKind } from '../src/reservation.ts';
import { widgetMarkup } from '../src/render.ts';
import { packageDir } from './support/fixtures.ts';

const count = (html: string, className: string) => html.split(`class="${className}"`).length - 1;

describe('the reservation', () => {
  it('follows a story, the grid of all areas, or one card', () => {
    expect(reservationKind('vatten', 'story')).toBe('story');
    expect(reservationKind('all', 'story')).toBe('story');
    expect(reservationKind('all', 'card')).toBe('grid');
    expect(reservationKind('vatten', 'card')).toBe('card');
    expect(reservationFile('all', 'card')).toBe('all-card');
  });

  it('writes a taller inline reservation for all areas than for one, and for a story', () => {
    const minHeight = (area: 'vatten' | 'all', layout: 'card' | 'story') =>
      /min-height:(\d+)px/u.exec(createSnippet({ area, layout, reservation: 'inline' }))?.[1];
    for (const layout of ['card', 'story'] as const) {
      expect(minHeight('vatten', layout)).toBe(String(reservationFor('vatten', layout)));
      expect(minHeight('all', layout)).toBe(String(reservationFor('all', layout)));
    }
    // An inline reservation links no stylesheet; an unknown kind is refused by its name.
    expect(createSnippet({ reservation: 'inline' })).toMatch(/^<link rel="preload"/u);
    expect(createSnippet({ reservation: 'none' })).toMatch(/^<link rel="preload"/u);
    expect(() => createSnippet({ reservation: 'x' as 'none' })).toThrow(
      'createSnippet: reservation "x" is not supported; use one of',
    );
    expect(reservationFor('all', 'story')).toBeGreaterThan(reservationFor('vatten', 'story'));
    expect(reservationFor('vatten', 'story')).toBeGreaterThan(reservationFor('vatten', 'card'));
  });
});

describe('the content files', () => {
  it('are a card file for one card, all.json for the grid, and the area files for stories', () => {
    expect(dataFiles('vatten', 'card', 'sv')).toEqual(['dist/json/sv/vatten.card.json']);
    expect(dataFiles('vatten', 'story', 'en')).toEqual(['dist/json/en/vatten.json']);
    expect(dataFiles('all', 'card', 'sv')).toEqual(['dist/json/sv/all.json']);
    expect(dataFiles('all', 'story', 'sv')).toEqual(
      focusAreaIds.map((id) => `dist/json/sv/${id}.json`),
    );
  });

  it('are preloaded by the snippet with the story stylesheet for a story', () => {
    const story = createSnippet({ area: 'vatten', layout: 'story' });
    expect(story).toMatch(/rel="preload" as="fetch" href="[^"]+\/dist\/css\/card\.css"/u);
    expect(story).toMatch(/rel="preload" as="fetch" href="[^"]+\/dist\/css\/story\.css"/u);
    expect(createSnippet({ area: 'vatten' })).not.toContain('story.css');
  });

  it('cost the story stylesheet on top of the card’s for a story', () => {
    const gz = (file: string) =>
      gzipSync(readFileSync(join(packageDir, 'dist', file)), { level: 9 }).length;
    const card = snippetCost({ area: 'vatten', reservation: 'none' });
    const story = snippetCost({ area: 'vatten', layout: 'story', reservation: 'none' });
    expect(card.styleBytes).toBe(gz('css/card.css'));
    expect(story.styleBytes).toBe(gz('css/card.css') + gz('css/story.css'));
  });
});

describe('the fallback address', () => {
  it('takes http and https addresses and refuses any other, wherever http appears in it', () => {
    expect(createSnippet({ fallbackHref: 'http://example.org/' })).toContain(
      '<a href="http://example.org/">',
    );
    for (const href of ['javascript:alert("https://x")', 'ftp://example.org/', ' https://x.se'])
      expect(() => createSnippet({ fallbackHref: href }), href).toThrow(
        `createSnippet: fallbackHref ${JSON.stringify(href)} must be an http(s) URL`,
      );
  });

  it('is escaped in its attribute, with the content base', () => {
    const snippet = createSnippet({
      fallbackHref: 'https://x.se/?a=1&b="2"<',
      contentBase: 'https://data.example.org/c?x=<&"',
    });
    expect(snippet).toContain('<a href="https://x.se/?a=1&amp;b=&quot;2&quot;&lt;">');
    expect(snippet).toContain('content-base="https://data.example.org/c?x=&lt;&amp;&quot;"');
  });
});

describe('what the widget draws', () => {
  const options = (area: 'vatten' | 'all', layout: 'card' | 'story', locale: 'sv' | 'en') =>
    ({ area, layout, locale, colorScheme: 'dark', headingLevel: 3 }) as const;

  it.each(locales)('%s: one card, the grid of all, one story, or every story', (locale) => {
    const draw = (area: 'vatten' | 'all', layout: 'card' | 'story') =>
      toHtml(widgetMarkup(getContent(locale), illustrations, options(area, layout, locale)));
    const card = draw('vatten', 'card');
    expect([count(card, 'lk-focus-area-card'), count(card, 'lk-focus-area-story')]).toEqual([1, 0]);
    expect(card).toContain('data-focus-area="vatten"');
    expect(card).toMatch(/^<div class="lk-root"[^>]* data-color-scheme="dark"/u);
    const grid = draw('all', 'card');
    expect(count(grid, 'lk-focus-area-grid')).toBe(1);
    expect(count(grid, 'lk-focus-area-card')).toBe(focusAreaIds.length);
    const story = draw('vatten', 'story');
    expect([count(story, 'lk-focus-area-story'), count(story, 'lk-focus-area-card')]).toEqual([
      1, 0,
    ]);
    // The credit line the licence asks for, under the story.
    expect(count(story, 'lk-attribution')).toBe(1);
    expect(story).toMatch(/<h3[^>]*>[^<]*Vatten|<h3[^>]*>[^<]*Water/u);
    expect(count(draw('all', 'story'), 'lk-focus-area-story')).toBe(focusAreaIds.length);
  });
});
