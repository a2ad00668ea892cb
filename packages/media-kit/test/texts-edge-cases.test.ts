// The edges of the alt text, the description and the post texts (texts.ts) that the examples in
// subject-texts.test.ts do not reach: padded and blank texts, runs of spaces between sentences,
// credit lines, a figure or a label without its partner, and an alt text of exactly the limit.
import { focusAreaIds } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { labels } from '../src/labels.ts';
import type { PlacedBlock } from '../src/layout.ts';
import { subjectOf, type Subject } from '../src/subject.ts';
import { imageTexts, maxAltLength, postTexts } from '../src/texts.ts';

const subject: Subject = {
  ...subjectOf(focusAreaIds[0], 'sv'),
  eyebrow: 'Fokusområde: Vatten',
  headline: 'Vatten når Skåne',
  illustrationAlt: 'En sjö',
  illustrationAltShort: 'En sjö',
};
const where = { file: 'x.png', format: 'square' };
const picture = `${labels.sv.image}: En sjö.`;
type Drawn = Pick<PlacedBlock, 'field' | 'lines'>[];
const descriptionOf = (blocks: Drawn, changes: Partial<Subject> = {}) =>
  imageTexts({ ...subject, ...changes }, blocks, where).description;
const altOf = (changes: Partial<Subject>) => imageTexts({ ...subject, ...changes }, [], where).alt;

describe('sentences', () => {
  it('get no second full stop when they end in . ! ? or :, spaces around them or not', () => {
    expect(postTexts({ ...subject, headline: '  Tillsammans! ' }).long.split('\n\n')[0]).toBe(
      'Tillsammans!',
    );
    expect(altOf({ headline: 'Vad gör vi? ', eyebrow: 'Fråga: ' })).toBe(
      `Fråga: Vad gör vi? ${picture}`,
    );
  });

  it('are split after . ! and ?, however many spaces follow, and each said once', () => {
    const blocks: Drawn = [
      { field: 'body', lines: ['Visste du? Bolmen är stor!  Den', 'är djup.'] },
      { field: 'sourceLine', lines: ['Den är djup.'] },
    ];
    expect(descriptionOf(blocks)).toBe(`Visste du? Bolmen är stor! Den är djup. ${picture}`);
  });
});

describe('the description', () => {
  it('leaves out the credit and every credit line', () => {
    const blocks: Drawn = [
      { field: 'headline', lines: ['Vatten når Skåne'] },
      { field: 'credit', lines: ['Text: Ljungby kommun'] },
      { field: 'creditLines.0', lines: ['Foto: Anna Berg'] },
      { field: 'creditLines.1', lines: ['Karta: Lantmäteriet'] },
    ];
    expect(descriptionOf(blocks)).toBe(`Vatten når Skåne. ${picture}`);
  });

  it('joins a label only to the figure right before it, and reads a last figure alone', () => {
    const labelAfterText: Drawn = [
      { field: 'body', lines: ['Sjön är stor'] },
      { field: 'fact.label', lines: ['är Bolmens yta'] },
    ];
    expect(descriptionOf(labelAfterText)).toBe(`Sjön är stor. är Bolmens yta. ${picture}`);
    // The credit is not read, so the figure is the last text said.
    const figureLast: Drawn = [
      { field: 'headline', lines: ['Vatten når Skåne'] },
      { field: 'fact.value', lines: ['184 km²'] },
      { field: 'credit', lines: ['Text: Ljungby kommun'] },
    ];
    expect(descriptionOf(figureLast)).toBe(`Vatten når Skåne. 184 km². ${picture}`);
  });

  it('says nothing of a picture without words, and has no stray space either way', () => {
    const blocks: Drawn = [{ field: 'body', lines: ['Sjön är stor.'] }];
    expect(descriptionOf(blocks, { illustrationAlt: '' })).toBe('Sjön är stor.');
    expect(descriptionOf(blocks, { illustrationAlt: '  ' })).toBe('Sjön är stor.');
    expect(descriptionOf([])).toBe(picture);
  });
});

describe('the short alt', () => {
  it('leaves out a blank eyebrow and a blank picture text, with no stray space', () => {
    expect(altOf({ eyebrow: '', illustrationAltShort: '' })).toBe('Vatten når Skåne.');
    expect(altOf({ eyebrow: ' ', illustrationAltShort: '  ' })).toBe('Vatten når Skåne.');
    expect(altOf({ eyebrow: '' })).toBe(`Vatten når Skåne. ${picture}`);
  });

  it('keeps every part when it is exactly 150 characters, and drops the eyebrow at 151', () => {
    const full = (headline: string) => `Fokusområde: Vatten. ${headline}. ${picture}`;
    const fitting = 'y'.repeat(maxAltLength - full('').length);
    expect(full(fitting)).toHaveLength(maxAltLength);
    expect(altOf({ headline: fitting })).toBe(full(fitting));
    expect(altOf({ headline: `${fitting}y` })).toBe(`${fitting}y. ${picture}`);
  });

  it('holds a key message of exactly 150 characters alone, full stop included', () => {
    const headline = 'z'.repeat(maxAltLength - 1);
    expect(altOf({ headline })).toBe(`${headline}.`);
  });
});
