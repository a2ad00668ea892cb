// The checks across fields: both languages have the same fields, no placeholder words, the long
// text within its word limit, the Swedish summaries easy to read (LIX). Each planted fault must
// come back with the file, the field and the rule. Small inputs, in-process.
import { describe, expect, it } from 'vitest';
import { checkLix, checkPlaceholders, compareFields, longText } from '../../scripts/lib/checks.ts';
import type { Problems } from '../../scripts/lib/problems.ts';
import { lixLimit } from '../../src/limits.ts';

const sv = 'content/vision/sv.md';
const en = 'content/vision/en.md';

function compared(a: unknown, b: unknown): Problems {
  const problems: Problems = [];
  compareFields(a, b, sv, en, problems);
  return problems;
}

describe('compareFields', () => {
  it('accepts the same fields with different words', () => {
    expect(
      compared({ a: 'ett', b: { c: ['x', { d: 1 }] } }, { a: 'one', b: { c: ['y', { d: 2 }] } }),
    ).toEqual([]);
  });

  it('names a field the other language lacks, with its full path', () => {
    expect(
      compared({ summary: { short: 'Kort', medium: 'Mellan' } }, { summary: { short: 'Short' } }),
    ).toEqual([
      `${en}: summary.medium is missing; ${sv} has it, and every field must exist in both languages`,
    ]);
  });

  it('names a field that is empty (null) in the other language', () => {
    expect(compared({ callToAction: { label: 'Läs' } }, { callToAction: null })).toEqual([
      `${en}: callToAction is empty, but ${sv} has it; both languages need the same fields`,
    ]);
    expect(compared({ photos: [{ alt: 'Bild' }] }, { photos: [undefined] })).toEqual([
      `${en}: photos[0] is empty, but ${sv} has it; both languages need the same fields`,
    ]);
  });

  it('names lists of different lengths and compares the items both have', () => {
    expect(
      compared({ keyMessages: ['a', 'b', { x: 1 }] }, { keyMessages: ['a', { y: 1 }] }),
    ).toEqual([
      `${en}: keyMessages has 2 items but ${sv} has 3; both languages need the same items`,
    ]);
    expect(compared({ photos: [{ alt: 'a', src: 's' }] }, { photos: [{ alt: 'b' }, {}] })).toEqual([
      `${en}: photos has 2 items but ${sv} has 1; both languages need the same items`,
      `${en}: photos[0].src is missing; ${sv} has it, and every field must exist in both languages`,
    ]);
  });

  it('leaves a value that is a list on one side and not the other to the schema', () => {
    expect(compared({ a: ['x'] }, { a: { 0: 'x' } })).toEqual([]);
    expect(compared({ a: { 0: 'x' } }, { a: ['x'] })).toEqual([]);
    expect(compared({ a: { b: 1 } }, { a: 'text' })).toEqual([]);
    expect(compared('text', null)).toEqual([]);
  });
});

function placeholders(value: unknown): Problems {
  const problems: Problems = [];
  checkPlaceholders(value, sv, problems);
  return problems;
}

describe('checkPlaceholders', () => {
  it('names the field of a placeholder word in a value, in nested fields and lists', () => {
    expect(placeholders({ summary: { short: 'TODO skriv' }, list: ['ok', 'lorem ipsum'] })).toEqual(
      [
        `${sv}: summary.short contains the placeholder "TODO"; write the real text`,
        `${sv}: list[1] contains the placeholder "lorem"; write the real text`,
      ],
    );
  });

  it('says "the text" for a placeholder in a text with no field', () => {
    expect(placeholders('TBD')).toEqual([
      `${sv}: the text contains the placeholder "TBD"; write the real text`,
    ]);
  });

  it('names a placeholder field name, but not the index of a list', () => {
    expect(placeholders({ a: { fixme: 'ok' } })).toEqual([
      `${sv}: a.fixme is a placeholder field name ("fixme"); use a real name`,
    ]);
    expect(placeholders({ xxx: ['ok'] })).toEqual([
      `${sv}: xxx is a placeholder field name ("xxx"); use a real name`,
    ]);
  });

  it('accepts real words, numbers and empty values', () => {
    expect(placeholders({ a: 'Vatten', b: 3, c: null, d: [true] })).toEqual([]);
  });
});

describe('longText', () => {
  const limit = { min: 3, max: 5 };
  const run = (body: string, bodyLine = 5) => {
    const problems: Problems = [];
    const blocks = longText({ data: {}, body, bodyLine }, sv, limit, problems);
    return { blocks, problems };
  };

  it('gives the blocks of a text within its limit', () => {
    expect(run('Ett två tre fyra.')).toEqual({
      blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Ett två tre fyra.' }] }],
      problems: [],
    });
    expect(run('Ett två tre.').problems).toEqual([]);
    expect(run('Ett två tre fyra fem.').problems).toEqual([]);
  });

  it('names the word count and the limit it breaks', () => {
    expect(run('Ett två.').problems).toEqual([
      `${sv}: the text after the frontmatter has 2 words; at least 3`,
    ]);
    expect(run('Ett två tre fyra fem sex.').problems).toEqual([
      `${sv}: the text after the frontmatter has 6 words; at most 5`,
    ]);
  });

  it('gives the line in the file of a Markdown problem in the text', () => {
    expect(run('Ett två tre.\n\n> citat här', 5).problems).toEqual([
      `${sv}: the text (line 7) uses a quote block (>); only paragraphs, ### or #### headings, bullet or numbered lists, **bold**, *italic* and links are allowed`,
    ]);
  });
});

describe('checkLix', () => {
  const lixOf = (short: string, medium: string) => {
    const problems: Problems = [];
    checkLix({ short, medium }, sv, problems);
    return problems;
  };

  it('accepts easy Swedish', () => {
    expect(lixOf('Vi bor här.', 'Det är bra att bo här.')).toEqual([]);
  });

  it('names the summary, its LIX and the limit', () => {
    const hard = 'Kommunfullmäktigesammanträdet behandlade befolkningsutvecklingsstrategin';
    expect(lixOf(hard, 'Kort text.')).toEqual([
      `${sv}: summary.short has LIX 103.0; it must be below ${lixLimit}. Use shorter sentences and shorter words`,
    ]);
    expect(lixOf('Kort text.', hard)).toEqual([
      `${sv}: summary.medium has LIX 103.0; it must be below ${lixLimit}. Use shorter sentences and shorter words`,
    ]);
  });

  it('refuses a text exactly at the limit', () => {
    // 4 words in one sentence, 1 of them long: 4 + 25 = 29; 10 words, 3 long: 10 + 30 = 40.
    const atLimit = 'ett två tre fyra fem sex sju långaord långaord långaord.';
    expect(lixOf(atLimit, 'Kort.')).toEqual([
      `${sv}: summary.short has LIX 40.0; it must be below ${lixLimit}. Use shorter sentences and shorter words`,
    ]);
  });
});
