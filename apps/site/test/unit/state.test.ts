// The builder's state in plain Node: every combination of its controls survives the trip
// through the address, becomes a snippet that the widget reads back as exactly those choices,
// and a hand-edited address never breaks the page. (builder.test.ts checks the form in Chromium.)
import {
  areas,
  colorSchemes,
  createSnippet,
  layouts,
  locales,
  sectionHeadingLevels,
} from '@ljungby/embed-widget';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  allowed,
  builderReservations,
  checkUrl,
  defaultChoices,
  defaultFallbackHref,
  fieldNames,
  platforms,
  readChoices,
  toQuery,
  toSnippetOptions,
  type Choices,
} from '../../src/components/builder/state';

/** The widget's attribute defaults, from the manifest the package publishes. */
const manifest = JSON.parse(
  readFileSync(new URL(import.meta.resolve('@ljungby/embed-widget/custom-elements.json')), 'utf8'),
) as { modules: { declarations: { attributes?: { name: string; default?: string }[] }[] }[] };
const widgetDefaults = new Map(
  manifest.modules
    .flatMap((m) => m.declarations)
    .flatMap((d) => d.attributes ?? [])
    .filter((a) => a.default !== undefined)
    .map((a) => [a.name, String(JSON.parse(a.default ?? '""'))]),
);

const fromQuery = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};

const custom = {
  fallbackHref: 'https://forening.example/om-ljungby?a=1&b="2"',
  scriptBase: 'https://static.forening.example/embed-widget/',
  contentBase: 'https://static.forening.example/focus-content',
};

/** The closed choices' combinations, from the lists the builder offers. */
const combinations =
  areas.length *
  layouts.length *
  locales.length *
  colorSchemes.length *
  sectionHeadingLevels.length *
  builderReservations.length;

function* everyCombination(): Generator<Choices> {
  let i = 0;
  for (const area of areas)
    for (const layout of layouts)
      for (const locale of locales)
        for (const colorScheme of colorSchemes)
          for (const headingLevel of sectionHeadingLevels)
            for (const reservation of builderReservations)
              for (const platform of platforms) {
                // The free-text fields alternate between the defaults and custom addresses.
                const texts =
                  i++ % 2
                    ? custom
                    : { fallbackHref: defaultFallbackHref, scriptBase: '', contentBase: '' };
                yield {
                  area,
                  layout,
                  locale,
                  colorScheme,
                  headingLevel,
                  reservation,
                  platform,
                  ...texts,
                };
              }
}

describe('the builder’s choices', () => {
  it('come back the same from the address, for every combination and page language', () => {
    let count = 0;
    for (const choices of everyCombination())
      for (const pageLang of locales) {
        expect(readChoices(fromQuery(toQuery(choices, pageLang)), pageLang)).toEqual(choices);
        count++;
      }
    expect(count).toBe(combinations * platforms.length * locales.length);
  });

  it('put only what differs from the defaults in the address', () => {
    expect(toQuery(defaultChoices('sv'), 'sv')).toBe('');
    expect(toQuery(defaultChoices('en'), 'sv')).toBe('?lang=en');
    expect(toQuery({ ...defaultChoices('sv'), area: 'vatten', headingLevel: 3 }, 'sv')).toBe(
      '?area=vatten&level=3',
    );
    const query = new URLSearchParams();
    query.set('link', custom.fallbackHref);
    query.set('script-base', custom.scriptBase);
    query.set('content-base', custom.contentBase);
    expect(toQuery({ ...defaultChoices('sv'), ...custom }, 'sv')).toBe(`?${query.toString()}`);
  });

  it('become a snippet that draws exactly what was chosen, self-hosted only when asked', () => {
    // Read back as the widget reads it: its attributes, with the defaults its published
    // manifest (custom-elements.json) gives for those the snippet leaves out; the fallback
    // link, the script's and the content's folders, and the reservation's stylesheet.
    const seen = new Set<string>();
    for (const choices of everyCombination()) {
      // The platform picks the guide, not the snippet.
      const key = JSON.stringify({ ...choices, platform: undefined });
      if (seen.has(key)) continue;
      seen.add(key);
      const snippet = JSDOM.fragment(createSnippet(toSnippetOptions(choices)));
      const element = snippet.querySelector('ljungby-story');
      const read = (name: string) => element?.getAttribute(name) ?? widgetDefaults.get(name);
      expect({
        area: read('area'),
        layout: read('layout'),
        locale: read('lang'),
        colorScheme: read('color-scheme'),
        headingLevel: Number(read('heading-level')),
        fallbackHref: element?.querySelector('a')?.getAttribute('href'),
        script: snippet.querySelector('script')?.getAttribute('src'),
        contentBase: element?.getAttribute('content-base') ?? '',
        reservation: snippet.querySelector('link[rel="stylesheet"]') ? 'stylesheet' : 'none',
      }).toEqual({
        area: choices.area,
        layout: choices.layout,
        locale: choices.locale,
        colorScheme: choices.colorScheme,
        headingLevel: choices.headingLevel,
        fallbackHref: choices.fallbackHref,
        script: choices.scriptBase
          ? `${choices.scriptBase}dist/embed.js`
          : (expect.stringMatching(
              /^https:\/\/cdn\.jsdelivr\.net\/npm\/@ljungby\/embed-widget@/u,
            ) as string),
        contentBase: choices.contentBase,
        reservation: choices.reservation,
      });
    }
    // Each combination once with the default addresses and once with custom ones.
    expect(seen.size).toBe(combinations * 2);
  });

  it('start from the defaults, in the page’s language', () => {
    for (const locale of locales)
      expect(defaultChoices(locale)).toEqual({
        area: 'all',
        layout: 'card',
        locale,
        colorScheme: 'light',
        headingLevel: 2,
        fallbackHref: 'https://www.ljungby.se/',
        platform: 'wordpress',
        reservation: 'stylesheet',
        scriptBase: '',
        contentBase: '',
      });
  });

  it('fall back to the defaults for a hand-edited address, value by value', () => {
    const wrong = Object.fromEntries(Object.values(fieldNames).map((name) => [name, 'nonsense']));
    expect(readChoices((name) => wrong[name] ?? null, 'en')).toEqual(defaultChoices('en'));
    expect(readChoices(() => null, 'sv')).toEqual(defaultChoices('sv'));
    const mixed = fromQuery(
      'area=vatten&level=9&link=javascript:alert(1)&script-base=%20https://x.example/%20',
    );
    expect(readChoices(mixed, 'sv')).toEqual({
      ...defaultChoices('sv'),
      area: 'vatten',
      scriptBase: 'https://x.example/',
    });
  });

  it('offer every value the embed accepts, and the two reservations a partner can choose', () => {
    expect(allowed.area).toEqual(areas);
    expect(allowed.colorScheme).toEqual(colorSchemes);
    expect(allowed.headingLevel).toEqual(sectionHeadingLevels.map(String));
    expect(builderReservations).toEqual(['stylesheet', 'none']);
  });
});

describe('checkUrl', () => {
  it('takes an http(s) address or nothing', () => {
    expect(checkUrl('')).toBe(true);
    expect(checkUrl('https://www.ljungby.se/')).toBe(true);
    expect(checkUrl('http://intranet.example/x')).toBe(true);
    for (const bad of [
      'www.ljungby.se',
      'javascript:alert(1)',
      // An address inside a script URL: only a value that starts with http(s) is one.
      'javascript:https://x.example/',
      'https://',
      'https://a b',
      'ftp://x',
    ])
      expect(checkUrl(bad), bad).toBe(false);
  });
});
