// How <ljungby-story> reads its attributes, in plain Node with a small stand-in for the element:
// readOptions needs only getAttribute and the nearest ancestor with lang (closest).
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { describe, expect, it } from 'vitest';
import { readOptions } from '../src/attributes.ts';
import { choices, defaults } from '../src/options.ts';

/** An element with `attributes`, inside ancestors whose `lang` is `inherited` (none: no lang). */
function element(attributes: Record<string, string>, inherited?: string): Element {
  const ancestor = {
    getAttribute: (name: string) => (name === 'lang' ? (inherited ?? null) : null),
  };
  return {
    getAttribute: (name: string) => attributes[name] ?? null,
    parentElement: {
      closest: (selector: string) =>
        selector === '[lang]' && inherited !== undefined ? ancestor : null,
    },
  } as unknown as Element;
}

describe('readOptions', () => {
  it('gives the defaults without attributes, and says nothing', () => {
    expect(readOptions(element({}))).toEqual({ options: defaults, problems: [] });
    expect(defaults).toEqual({
      area: 'all',
      layout: 'card',
      locale: 'sv',
      colorScheme: 'light',
      headingLevel: 2,
    });
  });

  it('reads every attribute, trimmed and in any case', () => {
    const { options, problems } = readOptions(
      element({
        area: ' Vatten ',
        layout: 'STORY',
        lang: 'EN-gb',
        'color-scheme': ' Dark',
        'heading-level': '4 ',
      }),
    );
    expect(problems).toEqual([]);
    expect(options).toEqual({
      area: 'vatten',
      layout: 'story',
      locale: 'en',
      colorScheme: 'dark',
      headingLevel: 4,
    });
  });

  it('takes the language of the nearest ancestor with lang, its primary subtag', () => {
    expect(readOptions(element({}, 'en-GB')).options.locale).toBe('en');
    expect(readOptions(element({}, ' SV ')).options.locale).toBe('sv');
    // Its own lang wins; a language the kit does not have falls back to Swedish.
    expect(readOptions(element({ lang: 'sv' }, 'en')).options.locale).toBe('sv');
    expect(readOptions(element({}, 'fi')).options.locale).toBe('sv');
    expect(readOptions(element({}, 'fi')).problems).toEqual([]);
  });

  it('keeps an area id with a hyphen whole (only lang is cut to its primary subtag)', () => {
    expect(readOptions(element({ area: ' Unga-Vuxna ' })).options.area).toBe('unga-vuxna');
  });

  it('falls back on a value it does not know, naming the attribute, the value and the choices', () => {
    const { options, problems } = readOptions(
      element({ area: 'bolmen', lang: 'fi', 'heading-level': '9', layout: '' }, 'en'),
    );
    expect(options).toEqual({ ...defaults, locale: 'en' });
    expect(problems).toEqual([
      `area="bolmen" is not supported; using all. Use one of ${[...focusAreaIds, 'all'].map((id) => `"${id}"`).join(', ')}.`,
      'layout="" is not supported; using card. Use one of "card", "story".',
      'lang="fi" is not supported; using en. Use one of "sv", "en".',
      'heading-level="9" is not supported; using 2. Use one of "2", "3", "4", "5", "6".',
    ]);
  });

  it('reads each attribute of the choices table, and only those', () => {
    const asked: string[] = [];
    readOptions({
      getAttribute: (name: string) => {
        asked.push(name);
        return null;
      },
      parentElement: null,
    } as unknown as Element);
    expect(asked).toEqual(choices.map((c) => c.attribute));
  });
});
