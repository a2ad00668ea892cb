// Each DTCG type the kit uses accepts its valid values and no others, and names what it expects
// in the words a token editor reads after the token's file and path.
import { describe, expect, it } from 'vitest';
import { tokenTypes, type TokenType } from '../build/sources.ts';
import { describeValueProblem } from '../build/values.ts';

describe('describeValueProblem', () => {
  const valid: Record<TokenType, unknown[]> = {
    color: ['#1d5f8a', 'rgb(0 0 0)', 'white'],
    dimension: [
      { value: 1, unit: 'rem' },
      { value: 2, unit: 'px' },
      { value: 0.5, unit: 'em' },
    ],
    duration: [
      { value: 120, unit: 'ms' },
      { value: 1, unit: 's' },
    ],
    fontFamily: ['Atkinson', ['Atkinson', 'sans-serif']],
    fontWeight: [1, 400, 1000],
    number: [0, 1.5],
    cubicBezier: [
      [0, 0, 1, 1],
      [0.2, -3, 0.8, 4],
    ],
    shadow: [
      {
        color: '#0003',
        offsetX: { value: 0, unit: 'px' },
        offsetY: { value: 1, unit: 'rem' },
        blur: { value: 2, unit: 'em' },
        spread: { value: 0, unit: 'px' },
      },
    ],
  };
  const invalid: Record<TokenType, unknown[]> = {
    color: ['lagoon', 12, null],
    dimension: [{ value: 1, unit: 'pt' }, { value: '1', unit: 'rem' }, { value: 1 }, '1rem', null],
    duration: [{ value: 1, unit: 'min' }, { value: '1', unit: 'ms' }, '120ms'],
    fontFamily: [[], ['Atkinson', 3], 3, null],
    fontWeight: [0, 1001, '400', null],
    number: ['1.5', null],
    cubicBezier: [[0, 0, 1], [-0.1, 0, 1, 1], [0, 0, 1.1, 1], [0, 0, '1', 1], 'ease'],
    shadow: [
      {
        color: 'glow',
        offsetX: { value: 0, unit: 'px' },
        offsetY: { value: 0, unit: 'px' },
        blur: { value: 0, unit: 'px' },
        spread: { value: 0, unit: 'px' },
      },
      {
        color: '#000',
        offsetX: { value: 0, unit: 'px' },
        offsetY: { value: 0, unit: 'px' },
        blur: { value: 0, unit: 'px' },
      },
      { color: 3 },
      '0 1px #000',
    ],
  };
  const words: Record<TokenType, string> = {
    color: 'a colour such as "#1d5f8a"',
    dimension: 'a dimension such as { "value": 1, "unit": "rem" } (unit rem, px or em)',
    duration: 'a duration such as { "value": 120, "unit": "ms" }',
    fontFamily: 'a font name or a list of font names',
    fontWeight: 'a number from 1 to 1000, such as 400',
    number: 'a plain number, such as 1.5',
    cubicBezier: 'four numbers [x1, y1, x2, y2] with x1 and x2 between 0 and 1',
    shadow: 'a shadow { color, offsetX, offsetY, blur, spread }',
  };
  it.each([...tokenTypes])(
    '%s: takes its valid values and says what it expects of others',
    (type) => {
      for (const value of valid[type])
        expect(describeValueProblem(type, value), JSON.stringify(value)).toBeUndefined();
      for (const value of invalid[type])
        expect(describeValueProblem(type, value), JSON.stringify(value)).toBe(words[type]);
    },
  );
});
