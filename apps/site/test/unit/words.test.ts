// The site's own words: the count of areas in words, sizes in each language's way, and the
// frame's words complete in both languages.
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { describe, expect, it } from 'vitest';
import { areaCount, chrome, countWord, formatBytes, languageNames } from '../../src/lib/words';

describe('countWord', () => {
  it('writes the small numbers as words, in each language', () => {
    expect([2, 3, 4, 5, 6].map((n) => countWord(n, 'sv'))).toEqual([
      'två',
      'tre',
      'fyra',
      'fem',
      'sex',
    ]);
    expect([2, 3, 4, 5, 6].map((n) => countWord(n, 'en'))).toEqual([
      'two',
      'three',
      'four',
      'five',
      'six',
    ]);
  });

  it('writes other numbers as digits', () => {
    expect(countWord(12, 'sv')).toBe('12');
    expect(countWord(1, 'en')).toBe('1');
  });

  it('counts the focus areas from the id list', () => {
    expect(areaCount('sv')).toBe(countWord(focusAreaIds.length, 'sv'));
    expect(areaCount('en')).toBe(countWord(focusAreaIds.length, 'en'));
  });
});

describe('formatBytes', () => {
  it('gives one decimal under 10 kB, with the language’s decimal sign', () => {
    expect(formatBytes(1234, 'sv')).toBe('1,2 kB');
    expect(formatBytes(1234, 'en')).toBe('1.2 kB');
    expect(formatBytes(9_949, 'sv')).toBe('9,9 kB');
  });

  it('rounds to whole kB from 10 kB (1 kB is 1000 bytes)', () => {
    expect(formatBytes(10_000, 'sv')).toBe('10 kB');
    expect(formatBytes(123_456, 'en')).toBe('123 kB');
    expect(formatBytes(12_500, 'sv')).toBe('13 kB');
  });
});

describe('the frame’s words', () => {
  it('are there in both languages, none empty', () => {
    expect(Object.keys(chrome.en)).toEqual(Object.keys(chrome.sv));
    for (const words of Object.values(chrome))
      for (const [key, text] of Object.entries(words)) expect(text.trim(), key).not.toBe('');
    expect(languageNames).toEqual({ sv: 'Svenska', en: 'English' });
  });
});
