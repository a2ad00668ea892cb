// The measures behind the limits (words, LIX) and the wording of every problem: the field path as
// an author writes it, and one message per schema issue that says what was found and what is
// expected. Small inputs, in-process.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentError, fieldName, parseWith, type Problems } from '../../scripts/lib/problems.ts';
import { isHttpsUrl, lix, words } from '../../scripts/lib/text.ts';

describe('words and lix', () => {
  it('counts runs with a letter or a digit as words', () => {
    expect(words(' Ett – 2 ord! ')).toEqual(['Ett', '2', 'ord!']);
    expect(words('')).toEqual([]);
  });

  it('is 0 for a text without words', () => {
    expect(lix('')).toBe(0);
    expect(lix(' – ')).toBe(0);
  });

  it('is words per sentence plus the share of words longer than six letters', () => {
    // 4 words, 2 sentences (". " and "!" at the end), 1 long word (punctuation not counted).
    expect(lix('Ett långord. Två ord!')).toBe(4 / 2 + 100 / 4);
    // "?" and ":" end sentences; a point inside a number or a word does not.
    expect(lix('Vad? Svar: ja 3.5 a.b')).toBe(5 / 2);
    // A text without a closing mark is one sentence; exactly six letters is not long.
    expect(lix('sexbok sexbok, sjubokk')).toBe(3 + 100 / 3);
    expect(lix('Kort.  Kort..  Kort')).toBe(3 / 2);
  });

  it('accepts an https address only if it has a dotted host and no spaces', () => {
    expect(isHttpsUrl('https://a.se/x y')).toBe(false);
    expect(isHttpsUrl('https://a.se/x%20y')).toBe(true);
    expect(isHttpsUrl('https://ab/')).toBe(false);
  });
});

describe('fieldName', () => {
  it('writes a path as authors write it', () => {
    expect(fieldName(['summary', 'short'])).toBe('summary.short');
    expect(fieldName(['photos', 0, 'alt'])).toBe('photos[0].alt');
    expect(fieldName([1, 'a'])).toBe('[1].a');
    expect(fieldName([])).toBe('');
  });
});

describe('parseWith', () => {
  const file = 'content/x.yaml';
  const schema = z.strictObject({
    name: z.string({ error: 'expected a text' }),
    count: z.number({ error: 'expected a number' }).max(3, 'at most 3'),
    tags: z.array(z.string()).max(1, 'at most 1 tag'),
    word: z.string().refine((v) => v !== 'fel', { error: 'must not be "fel"' }),
    either: z.union([z.string(), z.number()], { error: 'expected a text or a number' }),
    nested: z.strictObject({ inner: z.string({ error: 'expected a text' }) }).optional(),
  });
  const problemsOf = (data: unknown) => {
    const problems: Problems = [];
    const result = parseWith(schema, data, file, problems);
    return { result, problems };
  };
  const good = { name: 'a', count: 1, tags: [], word: 'ok', either: 1 };

  it('returns the data when it is right, adding no problem', () => {
    expect(problemsOf(good)).toEqual({ result: good, problems: [] });
  });

  it('words each kind of issue with the file, the field, the value and what is expected', () => {
    const { result, problems } = problemsOf({
      count: 5,
      tags: ['a', 'b'],
      word: 'fel',
      either: true,
      extra: 1,
      nested: { inner: 2, other: 3 },
    });
    expect(result).toBeUndefined();
    expect(problems.sort()).toEqual(
      [
        `${file}: name is missing; expected a text`,
        `${file}: count is 5; at most 3`,
        `${file}: tags has 2 item(s); at most 1 tag`,
        `${file}: word must not be "fel"`,
        `${file}: either is true; expected a text or a number`,
        `${file}: extra is not a known field; check the spelling (see the README for the fields)`,
        `${file}: nested.other is not a known field; check the spelling (see the README for the fields)`,
        `${file}: nested.inner is 2; expected a text`,
      ].sort(),
    );
  });

  it('describes the value found: empty, a list, a group of fields, a long text cut short', () => {
    const text = z.string({ error: 'expected a text' });
    const describe = (value: unknown) => {
      const problems: Problems = [];
      parseWith(z.strictObject({ v: text }), { v: value }, file, problems);
      return problems[0];
    };
    expect(describe(null)).toBe(`${file}: v is empty; expected a text`);
    expect(describe([1])).toBe(`${file}: v is a list; expected a text`);
    expect(describe({ a: 1 })).toBe(`${file}: v is a group of fields; expected a text`);
    expect(describe(false)).toBe(`${file}: v is false; expected a text`);
    expect(describe(10n)).toBe(`${file}: v is bigint; expected a text`);
    const long = z.strictObject({ v: z.string().max(3, 'at most 3 letters') });
    const problems: Problems = [];
    parseWith(long, { v: 'x'.repeat(45) }, file, problems);
    expect(problems).toEqual([`${file}: v is "${'x'.repeat(40)}…"; at most 3 letters`]);
    const exact: Problems = [];
    parseWith(long, { v: 'y'.repeat(40) }, file, exact);
    expect(exact).toEqual([`${file}: v is "${'y'.repeat(40)}"; at most 3 letters`]);
  });

  it('names the file alone for a problem with the whole file, and unknown top-level fields bare', () => {
    const problems: Problems = [];
    parseWith(
      z.strictObject({ a: z.string() }, { error: 'expected a group of fields' }),
      'x',
      file,
      problems,
    );
    expect(problems).toEqual([`${file} is "x"; expected a group of fields`]);
    const missing: Problems = [];
    parseWith(z.string({ error: 'expected a text' }), undefined, file, missing);
    expect(missing).toEqual([`${file} is missing; expected a text`]);
  });

  it('does not read into a value that is not a group of fields', () => {
    const problems: Problems = [];
    parseWith(
      z.strictObject({ a: z.strictObject({ b: z.string({ error: 'expected a text' }) }) }),
      { a: 'x' },
      file,
      problems,
    );
    expect(problems).toEqual([`${file}: a is "x"; expected object, received string`]);
  });
});

describe('ContentError', () => {
  it('lists every problem, one per line, with their count', () => {
    const error = new ContentError(['a: one', 'b: two']);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual(['a: one', 'b: two']);
    expect(error.message).toBe('The content has 2 problem(s):\n  a: one\n  b: two');
  });
});
