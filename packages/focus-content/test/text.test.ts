import { describe, expect, it } from 'vitest';
import {
  countWords,
  findPlaceholder,
  isHttpsUrl,
  keepNumbersTogether,
} from '../scripts/lib/text.ts';

describe('text helpers used by the limits', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('Vatten från Bolmen – når ända till Skåne.')).toBe(7);
    expect(countWords('  28 305 invånare  ')).toBe(3);
  });

  it('keeps digit groups together with a no-break space, and nothing else', () => {
    expect(keepNumbersTogether('28 305 och 35 000 år 2035')).toBe(
      '28\u00a0305 och 35\u00a0000 år 2035',
    );
    expect(keepNumbersTogether('1 1234 och 2 år')).toBe('1 1234 och 2 år');
  });

  it('finds placeholders as whole words only', () => {
    expect(findPlaceholder('Skriv TODO här')).toBe('TODO');
    expect(findPlaceholder('Lorem ipsum')).toBe('Lorem');
    expect(findPlaceholder('Tbd.')).toBe('Tbd');
    expect(findPlaceholder('Todos los días, xxl')).toBeUndefined();
  });

  it('accepts only full https addresses', () => {
    expect(isHttpsUrl('https://sagobygden.se/')).toBe(true);
    expect(isHttpsUrl('http://sagobygden.se/')).toBe(false);
    expect(isHttpsUrl('sagobygden.se')).toBe(false);
    expect(isHttpsUrl('https://localhost/')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
  });
});
