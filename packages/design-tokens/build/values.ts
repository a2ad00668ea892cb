// What a valid value of each DTCG type looks like, in the words a token editor reads.
import { parse as parseColor } from 'culori';
import { isObject, type TokenType } from './sources.ts';

/** Undefined for a valid value; otherwise what a value of `type` should look like. */
export function describeValueProblem(type: TokenType, value: unknown): string | undefined {
  const dimension = (v: unknown, units: string[]) =>
    isObject(v) &&
    typeof v.value === 'number' &&
    typeof v.unit === 'string' &&
    units.includes(v.unit);
  switch (type) {
    case 'color':
      return typeof value === 'string' && parseColor(value)
        ? undefined
        : 'a colour such as "#1d5f8a"';
    case 'dimension':
      return dimension(value, ['rem', 'px', 'em'])
        ? undefined
        : 'a dimension such as { "value": 1, "unit": "rem" } (unit rem, px or em)';
    case 'duration':
      return dimension(value, ['ms', 's'])
        ? undefined
        : 'a duration such as { "value": 120, "unit": "ms" }';
    case 'fontFamily':
      return typeof value === 'string' ||
        (Array.isArray(value) && value.length > 0 && value.every((f) => typeof f === 'string'))
        ? undefined
        : 'a font name or a list of font names';
    case 'fontWeight':
      return typeof value === 'number' && value >= 1 && value <= 1000
        ? undefined
        : 'a number from 1 to 1000, such as 400';
    case 'number':
      return typeof value === 'number' ? undefined : 'a plain number, such as 1.5';
    case 'cubicBezier':
      return Array.isArray(value) &&
        value.length === 4 &&
        value.every((n) => typeof n === 'number') &&
        [value[0], value[2]].every((x) => (x as number) >= 0 && (x as number) <= 1)
        ? undefined
        : 'four numbers [x1, y1, x2, y2] with x1 and x2 between 0 and 1';
    case 'shadow': {
      const px = ['px', 'rem', 'em'];
      const ok =
        isObject(value) &&
        typeof value.color === 'string' &&
        parseColor(value.color) !== undefined &&
        ['offsetX', 'offsetY', 'blur', 'spread'].every((k) => dimension(value[k], px));
      return ok ? undefined : 'a shadow { color, offsetX, offsetY, blur, spread }';
    }
  }
}
