// Finding what a text claims: the numbers it states and the names it uses. Pure functions on
// one piece of text; the content build (check.ts) and the word check of the whole kit
// (tests/words) read files and decide which numbers and names are known.
import { numberWords } from './number-words.ts';

/** Capitalised words that are not names of places or organisations (English capitalises them). */
const notNames = new Set([
  'I',
  ...'January February March April May June July August September October November December'.split(
    ' ',
  ),
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  'Swedish',
  'English',
  'German',
]);

// Digits, grouped by a space of any kind or by an English comma, with an optional decimal part
// and an optional ordinal ending; not part of a word such as "E4".
const numberPattern =
  /(?<![\p{L}\p{N}_])(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}|,\d{3})+|\d+)(?:[.,](\d+))?(?::[ea]|st|nd|rd|th)?(?![\p{L}\p{N}])/gu;
const wordPattern = /\p{L}[\p{L}\p{M}]*/gu;

export interface Found {
  text: string;
  /** Offset of the found text in the segment. */
  at: number;
}

/** The numbers a text states, as canonical strings ("28305", "1.2"). */
export function numbersIn(text: string): (Found & { value: string })[] {
  const out: (Found & { value: string })[] = [];
  for (const m of text.matchAll(numberPattern)) {
    const whole = (m[1] ?? '').replace(/[ \u00a0\u202f\u2009,]/gu, '');
    out.push({ text: m[0], at: m.index, value: String(Number(`${whole}.${m[2] ?? '0'}`)) });
  }
  for (const m of text.matchAll(wordPattern)) {
    const value = numberWords[m[0].toLowerCase()];
    if (value !== undefined) out.push({ text: m[0], at: m.index, value: String(value) });
  }
  return out.sort((a, b) => a.at - b.at);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}

/** Blanks out every glossary name (with a genitive s), keeping offsets and sentence marks. */
export function maskNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escape(name)}(?:s|'s|’s)?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    out = out.replace(pattern, (m) => m.replace(/[^\s]/gu, '_'));
  }
  return out;
}

/** Capitalised words that do not start a sentence: names the glossary must know. */
export function namesIn(masked: string): Found[] {
  const out: Found[] = [];
  for (const m of masked.matchAll(wordPattern)) {
    const word = m[0];
    if (!/^\p{Lu}/u.test(word) || notNames.has(word)) continue;
    // Step back over spaces, quotes, brackets and Markdown marks to the previous sign.
    let i = m.index - 1;
    while (i >= 0 && /[\s"'“”‘’(*#[]/u.test(masked[i] ?? '')) i -= 1;
    const before = i < 0 ? '' : (masked[i] ?? '');
    // A quotation starts a sentence of its own: the line "In collaboration with …".
    const quoted = /["“”‘’']/u.test(masked[m.index - 1] ?? '');
    const startsSentence = quoted || before === '' || /[.!?:]/u.test(before);
    if (!startsSentence) out.push({ text: word, at: m.index });
  }
  return out;
}
