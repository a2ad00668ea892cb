// The site's addresses: partners link to them and print them on posters, so each one is pinned
// here, and a renamed page fails until its old address is dealt with on purpose.
import { focusAreaIds, locales } from '@ljungby/focus-content/ids';
import { describe, expect, it } from 'vitest';
import {
  allSegment,
  base,
  guidelinePath,
  materialPath,
  materialStaticPaths,
  other,
  pagePath,
  routes,
  url,
  visionSegment,
  type MaterialId,
} from '../../src/lib/routes';

const materialIds: MaterialId[] = ['vision', 'all', ...focusAreaIds];

describe('routes', () => {
  it('give every page its published address in each language', () => {
    expect(
      Object.fromEntries(
        locales.map((l) => [
          l,
          Object.keys(routes).map((k) => pagePath(k as keyof typeof routes, l)),
        ]),
      ),
    ).toEqual({
      sv: [
        '',
        'badda-in/',
        'texter-och-bilder/',
        'riktlinjer/',
        'for-formgivare/',
        'gor-eget/',
        'tillganglighetsredogorelse/',
      ],
      en: [
        'en/',
        'en/embed/',
        'en/texts-and-images/',
        'en/guidelines/',
        'en/for-designers/',
        'en/make-your-own/',
        'en/accessibility-statement/',
      ],
    });
  });

  it('give the material pages their published addresses: the vision and all areas translated', () => {
    expect(visionSegment).toEqual({ sv: 'visionen', en: 'vision' });
    expect(allSegment).toEqual({ sv: 'alla', en: 'all' });
    expect(materialIds.map((id) => materialPath('sv', id))).toEqual([
      'texter-och-bilder/visionen/',
      'texter-och-bilder/alla/',
      ...focusAreaIds.map((id) => `texter-och-bilder/${id}/`),
    ]);
    expect(materialIds.map((id) => materialPath('en', id))).toEqual([
      'en/texts-and-images/vision/',
      'en/texts-and-images/all/',
      ...focusAreaIds.map((id) => `en/texts-and-images/${id}/`),
    ]);
  });

  it('list each material page once for Astro, with its id as the page’s prop', () => {
    for (const locale of locales) {
      const paths = materialStaticPaths(locale);
      expect(paths.map((p) => p.props.item).sort()).toEqual([...materialIds].sort());
      for (const { params, props } of paths)
        expect(`${routes.material[locale]}${params.item}/`).toBe(materialPath(locale, props.item));
    }
  });

  it('are unique, plain lower-case segments, and English ones start with en/', () => {
    const of = (l: (typeof locales)[number]) => [
      ...Object.keys(routes).map((k) => pagePath(k as keyof typeof routes, l)),
      ...materialIds.map((id) => materialPath(l, id)),
    ];
    const all = locales.flatMap(of);
    expect(new Set(all).size).toBe(all.length);
    for (const path of all) expect(path).toMatch(/^([a-z0-9-]+\/)*$/u);
    for (const path of of('en')) expect(path.startsWith('en/'), path).toBe(true);
    for (const path of of('sv')) expect(path.startsWith('en/'), path).toBe(false);
  });

  it('join guideline slugs, the base and the other language', () => {
    expect(guidelinePath('sv', 'partnerraden')).toBe('riktlinjer/partnerraden/');
    expect(guidelinePath('en', 'partner-line')).toBe('en/guidelines/partner-line/');
    expect(base.endsWith('/')).toBe(true);
    expect(url('downloads/x.png')).toBe(`${base}downloads/x.png`);
    expect(other('sv')).toBe('en');
    expect(other('en')).toBe('sv');
  });
});
