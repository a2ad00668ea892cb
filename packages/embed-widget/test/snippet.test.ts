import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { focusAreaIds, getLinkText, locales } from '@ljungby/focus-content';
import {
  areas,
  contentBaseUrl,
  createSnippet,
  fallbackText,
  integrity,
  reservationCss,
  cspDirectives,
  scriptUrl,
  snippetCost,
} from '../src/index.ts';
import { cdnPackages, packageDir } from './support/fixtures.ts';

const dist = join(packageDir, 'dist');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  version: string;
};
const sha384 = (path: string) =>
  `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
const sha256 = (path: string) =>
  `sha256-${createHash('sha256').update(readFileSync(path)).digest('base64')}`;

describe('createSnippet', () => {
  it('pins the exact version and the SRI hash of the built script', () => {
    const snippet = createSnippet({ area: 'vatten' });
    expect(scriptUrl).toBe(
      `https://cdn.jsdelivr.net/npm/@ljungby/embed-widget@${version}/dist/embed.js`,
    );
    expect(integrity).toBe(sha384(join(dist, 'embed.js')));
    expect(snippet).toContain(`src="${scriptUrl}"`);
    expect(snippet).toContain(
      `integrity="${integrity}" crossorigin="anonymous" referrerpolicy="no-referrer" defer`,
    );
  });

  it('gives the recommended snippet for a focus area', () => {
    expect(createSnippet({ area: 'vatten', locale: 'sv' })).toBe(
      [
        `<link rel="stylesheet" href="${scriptUrl.replace('embed.js', 'reserve/vatten-card.css')}"`,
        `      integrity="${sha256(join(dist, 'reserve/vatten-card.css'))}" crossorigin="anonymous" referrerpolicy="no-referrer">`,
        `<link rel="preload" as="fetch" href="${scriptUrl.replace('embed.js', 'css/card.css')}"`,
        `      crossorigin="anonymous" referrerpolicy="no-referrer">`,
        `<link rel="preload" as="fetch" href="${contentBaseUrl}/dist/json/sv/vatten.card.json"`,
        `      crossorigin="anonymous" referrerpolicy="no-referrer">`,
        `<ljungby-story area="vatten" lang="sv">`,
        '  <a href="https://www.ljungby.se/">Vatten – ett av Ljungby kommuns fokusområden</a>',
        '</ljungby-story>',
        `<script src="${scriptUrl}"`,
        `        integrity="${integrity}" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>`,
      ].join('\n'),
    );
  });

  it('writes only the attributes that differ from the defaults, in the right language', () => {
    const snippet = createSnippet({
      area: 'sagobygden',
      layout: 'story',
      locale: 'en',
      colorScheme: 'auto',
      headingLevel: 3,
    });
    expect(snippet).toMatch(
      /\n<ljungby-story area="sagobygden" layout="story" lang="en" color-scheme="auto" heading-level="3">/,
    );
    expect(snippet).toContain(">Sagobygden – one of Ljungby kommun's focus areas</a>");
    expect(fallbackText('all', 'sv')).toBe('Ljungby kommuns fokusområden');
    // The words are the content's, one home for them.
    for (const lang of locales) {
      for (const area of areas) expect(fallbackText(area, lang)).toBe(getLinkText(area, lang));
    }
    expect(() => fallbackText('skog' as 'all', 'sv')).toThrow(
      'fallbackText: area "skog" is not supported; use one of',
    );
    expect(() => fallbackText('all', 'fi' as 'sv')).toThrow(
      'fallbackText: locale "fi" is not supported; use one of "sv", "en"',
    );
  });

  it('still reads the 0.1 option lang, as locale', () => {
    const old = { area: 'vatten', lang: 'en' } as const;
    expect(createSnippet(old)).toBe(createSnippet({ area: 'vatten', locale: 'en' }));
    expect(snippetCost(old)).toEqual(snippetCost({ area: 'vatten', locale: 'en' }));
    expect(createSnippet({ ...old, locale: 'sv' })).toContain(' lang="sv"');
  });

  it('supports self-hosting and sites whose CSP forbids inline styles', () => {
    const snippet = createSnippet({
      area: 'all',
      scriptBase: 'https://example.org/kit/embed-widget/',
      contentBase: 'https://example.org/kit/focus-content',
      reservation: 'none',
    });
    expect(snippet).toContain('src="https://example.org/kit/embed-widget/dist/embed.js"');
    expect(snippet).toContain('content-base="https://example.org/kit/focus-content"');
    expect(snippet).not.toContain('style=');
    expect(reservationCss({ area: 'all' })).toBe(
      readFileSync(join(dist, 'reserve/all-card.css'), 'utf8'),
    );
    expect(reservationCss({ area: 'vatten', layout: 'story' })).toBe(
      readFileSync(join(dist, 'reserve/vatten-story.css'), 'utf8'),
    );
    expect(contentBaseUrl).toMatch(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@ljungby\/focus-content@0\.\d+$/,
    );
  });

  it('still reads the 0.1 option inlineReservation', () => {
    const legacy = (inline: boolean) => ({ area: 'vatten', inlineReservation: inline }) as const;
    expect(createSnippet(legacy(true))).toContain('style="display:block;min-height:');
    expect(createSnippet(legacy(false))).not.toMatch(/style=|rel="stylesheet"/);
  });

  it('escapes what partners type', () => {
    const snippet = createSnippet({
      area: 'vatten',
      fallbackHref: 'https://example.org/?a=1&b="2"',
    });
    expect(snippet).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
  });

  it('refuses bad options with a message that says what is allowed', () => {
    expect(() => createSnippet({ area: 'bolmen' as never })).toThrow(
      `createSnippet: area "bolmen" is not supported; use one of ${[...focusAreaIds, 'all'].map((a) => `"${a}"`).join(', ')}`,
    );
    expect(() => createSnippet({ headingLevel: 9 as never })).toThrow(
      'headingLevel 9 is not supported; use one of 2, 3, 4, 5, 6',
    );
    expect(() => createSnippet({ fallbackHref: 'javascript:alert(1)' })).toThrow(
      'must be an http(s) URL',
    );
  });
});

describe('cspDirectives and snippetCost', () => {
  it('names exactly the hosts the snippet loads from', () => {
    expect(cspDirectives()).toEqual([
      { name: 'script-src', sources: ['https://cdn.jsdelivr.net'] },
      { name: 'connect-src', sources: ['https://cdn.jsdelivr.net'] },
      { name: 'style-src', sources: ['https://cdn.jsdelivr.net'] },
    ]);
    expect(
      cspDirectives({
        scriptBase: 'https://kit.example.org/embed/',
        contentBase: 'https://data.example.org/content',
        reservation: 'none',
      }),
    ).toEqual([
      { name: 'script-src', sources: ['https://kit.example.org'] },
      { name: 'connect-src', sources: ['https://data.example.org', 'https://kit.example.org'] },
    ]);
  });

  it('sums the gzip bytes of the script, the stylesheet and the data files, measured at build', () => {
    const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
    const cost = snippetCost({ area: 'vatten' });
    expect(cost.scriptBytes).toBe(gz(join(dist, 'embed.js')));
    expect(cost.styleBytes).toBe(
      gz(join(dist, 'css/card.css')) + gz(join(dist, 'reserve/vatten-card.css')),
    );
    const content = join(cdnPackages['@ljungby/focus-content'], 'dist/json');
    expect(cost.dataBytes).toBe(gz(join(content, 'sv/vatten.card.json')));
    expect(cost.totalBytes).toBe(cost.scriptBytes + cost.styleBytes + cost.dataBytes);
    expect(snippetCost({ area: 'vatten', reservation: 'none' }).styleBytes).toBe(
      gz(join(dist, 'css/card.css')),
    );
  });

  it('keeps a card within 8 kB and the grid within 10 kB, all files counted', () => {
    for (const lang of locales) {
      for (const area of focusAreaIds)
        expect(
          snippetCost({ area, locale: lang }).totalBytes,
          `${area} ${lang}`,
        ).toBeLessThanOrEqual(8000);
      expect(snippetCost({ area: 'all', locale: lang }).totalBytes).toBeLessThanOrEqual(10_000);
    }
  });
});

describe('dist/sri.json', () => {
  it('lists the hash of every published file, computed from the files themselves', () => {
    const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8')) as {
      version: string;
      files: Record<string, string>;
    };
    expect(sri.version).toBe(version);
    expect(Object.keys(sri.files)).toEqual(
      expect.arrayContaining([
        'dist/embed.js',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
      ]),
    );
    for (const [file, hash] of Object.entries(sri.files))
      expect(hash, file).toBe(sha384(join(packageDir, file)));
    expect(sri.files['dist/embed.js']).toBe(integrity);
    expect(Object.keys(sri.files)).toEqual(
      expect.arrayContaining([
        'dist/css/card.css',
        'dist/css/story.css',
        'dist/reserve/all-card.css',
      ]),
    );
  });

  it('ships embed.js as one classic script without imports or dependencies', () => {
    const js = readFileSync(join(dist, 'embed.js'), 'utf8');
    expect(js).not.toMatch(/\bimport\s*[({'"]|\brequire\(|\bexport\s/);
    expect(js).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/,
    );
    expect(js).not.toMatch(/localStorage|sessionStorage|indexedDB|document\.cookie/);
    expect(js).toContain('customElements.get(');
  });
});
