// The claims check's pure part: which numbers a text states and which capitalised words it uses
// as names. Small texts, called in-process (the mutation run's tests: vitest.mutation.config.ts).
import { describe, expect, it } from 'vitest';
import { maskNames, namesIn, numbersIn } from '../../scripts/lib/claims/find.ts';

const values = (text: string) => numbersIn(text).map((n) => n.value);

describe('numbersIn', () => {
  it('reads digits grouped by any kind of space or an English comma as one number', () => {
    expect(values('28 305, 28\u00a0305, 28\u202f305, 28\u2009305 och 28,305')).toEqual([
      '28305',
      '28305',
      '28305',
      '28305',
      '28305',
    ]);
    expect(values('1 234 567')).toEqual(['1234567']);
  });

  it('reads decimals with a point or a comma, and drops a zero decimal part', () => {
    expect(values('1,2 % och 3.5 och 4,0')).toEqual(['1.2', '3.5', '4']);
  });

  it('reads both ends of a range and ordinals in both languages', () => {
    expect(values('15–25 år, den 3:e, the 21st, 2nd, 3rd, 4th och 2:a')).toEqual([
      '15',
      '25',
      '3',
      '21',
      '2',
      '3',
      '4',
      '2',
    ]);
  });

  it('gives the text as written and its offset', () => {
    expect(numbersIn('år 28 305 och 3:e')).toEqual([
      { text: '28 305', at: 3, value: '28305' },
      { text: '3:e', at: 14, value: '3' },
    ]);
  });

  it('does not read digits that are part of a word or a code', () => {
    expect(values('E4 och väg 25a och A1 och x_5 och 5x')).toEqual([]);
    expect(values('1234 5678')).toEqual(['1234', '5678']);
  });

  it('reads number words, whatever their case, in text order with the digits', () => {
    expect(numbersIn('Åtta mil och 3 sjöar, tredje året, Twelve')).toEqual([
      { text: 'Åtta', at: 0, value: '8' },
      { text: '3', at: 13, value: '3' },
      { text: 'tredje', at: 22, value: '3' },
      { text: 'Twelve', at: 35, value: '12' },
    ]);
    expect(values('en ett one första andra')).toEqual([]);
  });
});

describe('maskNames', () => {
  it('blanks a name and its genitive, keeping offsets, spaces and other text', () => {
    expect(maskNames("Bolmen och Bolmens, Bolmen’s och Bolmen's vatten.", ['Bolmen'])).toBe(
      '______ och _______, ________ och ________ vatten.',
    );
  });

  it('matches a name of several words across any run of spaces, not inside a word', () => {
    expect(maskNames('Hylte  kommun, Hyltekommun och XHylte kommun', ['Hylte kommun'])).toBe(
      '_____  ______, Hyltekommun och XHylte kommun',
    );
    expect(maskNames('Bolmen2 och Bolmenbolaget', ['Bolmen'])).toBe('Bolmen2 och Bolmenbolaget');
  });

  it('treats the characters of a name literally, not as a pattern', () => {
    expect(maskNames('A.B och AxB', ['A.B'])).toBe('___ och AxB');
    expect(maskNames('(C+) och CC', ['(C+)'])).toBe('____ och CC');
  });

  it('masks every name it is given, longest first as the glossary orders them', () => {
    expect(maskNames('Hylte kommun och Hylte', ['Hylte kommun', 'Hylte'])).toBe(
      '_____ ______ och _____',
    );
  });
});

describe('namesIn', () => {
  it('finds capitalised words that do not start a sentence', () => {
    expect(namesIn('Vattnet går till Skåne och Halland.')).toEqual([
      { text: 'Skåne', at: 17 },
      { text: 'Halland', at: 27 },
    ]);
  });

  it('skips a word that starts the text, a sentence, a question, an exclamation or a colon', () => {
    expect(namesIn('Först. Sedan! Varför? Så: Detta')).toEqual([]);
  });

  it('looks back over spaces, quotes, brackets and Markdown marks to the sign before', () => {
    expect(namesIn('Slut. (Ny mening) och. **Fet** och. # Rubrik')).toEqual([]);
    expect(namesIn('ord (Skåne) och *Halland* och [Lund')).toEqual([
      { text: 'Skåne', at: 5 },
      { text: 'Halland', at: 17 },
      { text: 'Lund', at: 31 },
    ]);
  });

  it('treats a quotation as the start of a sentence', () => {
    expect(namesIn('raden "In samarbete" och ”Med” och ‘Av’ och \'Om\'')).toEqual([]);
  });

  it('ignores words English capitalises that are not names, and lower-case words', () => {
    expect(
      namesIn('then I met in January, on Monday, in Swedish, English and German, on march'),
    ).toEqual([]);
  });

  it('does not see masked names', () => {
    expect(namesIn(`ord ${maskNames('Bolmen', ['Bolmen'])} och Skåne`)).toEqual([
      { text: 'Skåne', at: 15 },
    ]);
  });
});
