// blocksToMarkdown's exact output, escaping only what Markdown would read as syntax (the
// round-trip test in test/rich-text.test.ts cannot see an escape too many), and
// blocksToPlainText. Small inputs, in-process.
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, blocksToPlainText } from '../../src/rich-text.ts';
import type { Block, Inline } from '../../src/types.ts';

const text = (value: string): Inline => ({ type: 'text', value });
const p = (value: string): Block => ({ type: 'paragraph', children: [text(value)] });
const md = (value: string) => blocksToMarkdown([p(value)]);

describe('blocksToMarkdown', () => {
  it('joins the lines of a text with one space', () => {
    expect(md('ett  \n  två\ntre')).toBe('ett två tre');
  });

  it('escapes a heading, quote, bullet, number or rule only at the start of a line', () => {
    expect(md('# ett')).toBe('\\# ett');
    expect(md('###### sex')).toBe('\\###### sex');
    expect(md('#')).toBe('\\#');
    expect(md('####### sju')).toBe('####### sju');
    expect(md('#hashtag')).toBe('#hashtag');
    expect(md('ett # två')).toBe('ett # två');
    expect(md('> citat')).toBe('\\> citat');
    expect(md('a > b')).toBe('a > b');
    expect(md('- a')).toBe('\\- a');
    expect(md('+')).toBe('\\+');
    expect(md('-a och a - b')).toBe('-a och a - b');
    expect(md('2035. Då')).toBe('2035\\. Då');
    expect(md('1)')).toBe('1\\)');
    expect(md('2035.5 och år 2035. Då')).toBe('2035.5 och år 2035. Då');
    expect(md('- - -')).toBe('\\- - -');
    expect(md('---')).toBe('\\---');
    expect(md('--- ')).toBe('\\--- ');
    expect(md('--')).toBe('--');
    expect(md('--- text')).toBe('--- text');
  });

  it('escapes a closing run of # in a heading only after a space or alone', () => {
    const heading = (value: string) =>
      blocksToMarkdown([{ type: 'heading', level: 3, children: [text(value)] }]);
    expect(heading('Nummer ##')).toBe('### Nummer \\##');
    expect(heading('C#')).toBe('### C#');
    expect(heading('a # b')).toBe('### a # b');
    expect(heading('#')).toBe('### \\#');
  });

  it('writes a link target in angle brackets only when it needs them', () => {
    const link = (href: string) =>
      blocksToMarkdown([
        { type: 'paragraph', children: [{ type: 'link', href, children: [text('här')] }] },
      ]);
    expect(link('https://a.se/x')).toBe('[här](https://a.se/x)');
    expect(link('https://a.se/a b')).toBe('[här](<https://a.se/a b>)');
    expect(link('https://a.se/(x)')).toBe('[här](<https://a.se/(x)>)');
    expect(link('https://a.se/<x>')).toBe('[här](<https://a.se/%3Cx%3E>)');
  });
});

describe('blocksToPlainText', () => {
  it('gives the words without markup, blocks apart and list items on their own lines', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 3, children: [text('Rubrik')] },
      {
        type: 'paragraph',
        children: [
          text('Ett '),
          {
            type: 'strong',
            children: [{ type: 'link', href: 'https://a.se/', children: [text('fett')] }],
          },
          text('.'),
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [[text('a')], [{ type: 'emphasis', children: [text('b')] }]],
      },
    ];
    expect(blocksToPlainText(blocks)).toBe('Rubrik\n\nEtt fett.\n\na\nb');
  });
});
