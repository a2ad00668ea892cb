// The cut of a focus area for the embed's small files (src/area-fields.ts, scripts/area-files.ts):
// exactly the declared fields, nothing more, nothing dropped; and the ids, locales and credit
// line that the kit's other packages import. Small inputs, in-process.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAreaFiles } from '../../scripts/area-files.ts';
import { cardFields, licenseFields, pickFields, storyFields } from '../../src/area-fields.ts';
import {
  assertFocusAreaId,
  focusAreaIds,
  isFocusAreaId,
  isLocale,
  locales,
} from '../../src/ids.ts';
import { attribution, creditLine, license } from '../../src/license.ts';
import type { FocusArea, IllustrationData, LocaleContent } from '../../src/types.ts';

const source = { title: 'Källa', url: 'https://a.se/', extra: 'bort' };
const area = (id: string) =>
  ({
    id,
    name: `Namn ${id}`,
    topic: 'ämne',
    tagline: 'Rad',
    summary: { short: 'Kort', medium: 'Mellan' },
    official: { original: 'Orig', text: 'Text', source },
    callToAction: null,
    illustration: { alt: 'Bild', src: 'x.svg' },
    long: [{ type: 'paragraph', children: [{ type: 'text', value: 'Lång' }] }],
    keyMessages: ['a', 'b'],
    facts: [{ id: 'f', value: '17', label: 'sjöar', source, checked: '2026-01-01' }],
    partners: [
      {
        id: 'p',
        name: 'P',
        website: null,
        kindLabel: 'Bolag',
        description: 'Gör',
        kind: 'company',
      },
    ],
    photos: [{ src: 'https://a.se/p.jpg' }],
  }) as unknown as FocusArea;

const card = (id: string) => ({
  id,
  name: `Namn ${id}`,
  topic: 'ämne',
  summary: { short: 'Kort' },
  official: { source: { title: 'Källa', url: 'https://a.se/' } },
  callToAction: null,
  illustration: { alt: 'Bild' },
});

describe('pickFields', () => {
  it('keeps exactly the fields a card declares', () => {
    expect(pickFields(area('vatten'), cardFields)).toEqual(card('vatten'));
  });

  it('keeps a story’s fields, lists item by item and null where a field may be null', () => {
    const withLink = {
      ...area('vatten'),
      callToAction: { label: 'Läs', url: 'https://b.se/', x: 1 },
    };
    expect(pickFields(withLink, storyFields)).toEqual({
      ...card('vatten'),
      callToAction: { label: 'Läs', url: 'https://b.se/' },
      tagline: 'Rad',
      official: {
        original: 'Orig',
        text: 'Text',
        source: { title: 'Källa', url: 'https://a.se/' },
      },
      long: [{ type: 'paragraph', children: [{ type: 'text', value: 'Lång' }] }],
      keyMessages: ['a', 'b'],
      facts: [{ value: '17', label: 'sjöar', source: { title: 'Källa', url: 'https://a.se/' } }],
      partners: [{ name: 'P', website: null, kindLabel: 'Bolag', description: 'Gör' }],
    });
  });

  it('gives undefined for a declared field the value lacks (the embed then refuses it)', () => {
    expect(pickFields({ a: 1 }, { a: 'number', b: 'text' } as const)).toEqual({
      a: 1,
      b: undefined,
    });
    expect(pickFields({ a: { b: 'x' } }, { a: { orNull: { b: 'text' } } } as const)).toEqual({
      a: { b: 'x' },
    });
  });
});

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('writeAreaFiles', () => {
  it('writes per locale a story and a card file per area and a file of all cards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'area-files-'));
    dirs.push(dir);
    const licence = {
      spdx: 'CC-BY-4.0',
      name: 'CC BY 4.0',
      url: 'https://l/',
      attribution: 'A',
      credit: 'Kredit',
      creditPrefix: 'P',
      changedNote: 'Ändrat',
    };
    const content = {
      sv: { locale: 'sv', license: licence, focusAreas: [area('vatten'), area('sagobygden')] },
      en: { locale: 'en', license: licence, focusAreas: [area('vatten')] },
    } as unknown as Record<string, LocaleContent>;
    const shape = (id: string): IllustrationData =>
      ({ viewBox: '0 0 1 1', shapes: [{ id }] }) as unknown as IllustrationData;
    const illustrations = {
      vatten: shape('vatten'),
      sagobygden: shape('sagobygden'),
      naringsliv: shape('n'),
    };
    writeAreaFiles(dir, content, illustrations);

    const read = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));
    expect(readdirSync(join(dir, 'sv')).sort()).toEqual([
      'all.json',
      'sagobygden.card.json',
      'sagobygden.json',
      'vatten.card.json',
      'vatten.json',
    ]);
    expect(readdirSync(join(dir, 'en')).sort()).toEqual([
      'all.json',
      'vatten.card.json',
      'vatten.json',
    ]);
    expect(read('sv/vatten.card.json')).toEqual({
      locale: 'sv',
      focusAreas: [card('vatten')],
      illustrations: { vatten: shape('vatten') },
    });
    expect(read('en/vatten.json')).toEqual({
      locale: 'en',
      focusAreas: [pickFields(area('vatten'), storyFields)],
      illustrations: { vatten: shape('vatten') },
      license: { name: 'CC BY 4.0', url: 'https://l/', credit: 'Kredit', changedNote: 'Ändrat' },
    });
    expect(read('sv/all.json')).toEqual({
      locale: 'sv',
      focusAreas: [card('vatten'), card('sagobygden')],
      illustrations: { vatten: shape('vatten'), sagobygden: shape('sagobygden') },
    });
    expect(pickFields(licence, licenseFields)).toEqual({
      name: 'CC BY 4.0',
      url: 'https://l/',
      credit: 'Kredit',
      changedNote: 'Ändrat',
    });
  });
});

describe('ids', () => {
  it('knows the four focus areas and the two locales, in order', () => {
    expect(focusAreaIds).toEqual(['unga-vuxna', 'vatten', 'sagobygden', 'naringsliv']);
    expect(locales).toEqual(['sv', 'en']);
  });

  it('tells ids and locales from anything else', () => {
    expect(isFocusAreaId('vatten')).toBe(true);
    expect(isFocusAreaId('Vatten')).toBe(false);
    expect(isFocusAreaId(['vatten'])).toBe(false);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(['sv'])).toBe(false);
  });

  it('names the value and the ids it expects when it refuses one', () => {
    expect(() => {
      assertFocusAreaId('vattnet');
    }).toThrow(
      new RangeError(
        'Unknown focus area "vattnet"; expected one of unga-vuxna, vatten, sagobygden, naringsliv',
      ),
    );
    expect(() => {
      assertFocusAreaId('sagobygden');
    }).not.toThrow();
  });
});

describe('licence', () => {
  it('writes the credit line from its prefix, the attribution and the licence words', () => {
    expect(creditLine('Text och illustrationer:', 'föreslagen licens CC BY 4.0')).toBe(
      'Text och illustrationer: Ljungby kommun, föreslagen licens CC BY 4.0',
    );
    expect(attribution).toBe('Ljungby kommun');
    expect(license).toEqual({
      spdx: 'CC-BY-4.0',
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });
});
