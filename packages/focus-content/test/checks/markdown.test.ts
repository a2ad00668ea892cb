// The long text's Markdown as the restricted block tree: what is refused is named with its line
// and what to write instead. Small inputs, in-process.
import { describe, expect, it } from 'vitest';
import { markdownToBlocks, plainText } from '../../scripts/lib/markdown.ts';

const allowed =
  'only paragraphs, ### or #### headings, bullet or numbered lists, **bold**, *italic* and links are allowed';

describe('markdownToBlocks', () => {
  it('reads paragraphs, level 3 and 4 headings, lists, bold, italic and links', () => {
    const source =
      '### Rubrik\n\nEtt **fett** och *kursivt*\nsom fortsätter, [länk](https://a.se/) 35 000.\n\n#### Under\n\n- ett\n- två\n\n1. först\n';
    expect(markdownToBlocks(source)).toEqual({
      blocks: [
        { type: 'heading', level: 3, children: [{ type: 'text', value: 'Rubrik' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Ett ' },
            { type: 'strong', children: [{ type: 'text', value: 'fett' }] },
            { type: 'text', value: ' och ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'kursivt' }] },
            { type: 'text', value: ' som fortsätter, ' },
            { type: 'link', href: 'https://a.se/', children: [{ type: 'text', value: 'länk' }] },
            { type: 'text', value: ' 35\u00a0000.' },
          ],
        },
        { type: 'heading', level: 4, children: [{ type: 'text', value: 'Under' }] },
        {
          type: 'list',
          ordered: false,
          items: [[{ type: 'text', value: 'ett' }], [{ type: 'text', value: 'två' }]],
        },
        { type: 'list', ordered: true, items: [[{ type: 'text', value: 'först' }]] },
      ],
      problems: [],
    });
  });

  it('joins text runs split by an escaped character', () => {
    expect(markdownToBlocks('a \\* b').blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'a * b' }] },
    ]);
  });

  it('reads the items of a loose list (with blank lines between)', () => {
    expect(markdownToBlocks('- ett\n\n- två\n').blocks).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', value: 'ett' }], [{ type: 'text', value: 'två' }]],
      },
    ]);
  });

  it.each([
    ['# Ett', 'a level 1 heading (the page around the story owns levels 1 and 2)'],
    ['## Två', 'a level 2 heading (the page around the story owns levels 1 and 2)'],
    ['##### Fem', 'a level 5 heading (the page around the story owns levels 1 and 2)'],
    ['<div>x</div>', 'raw HTML'],
    ['> citat', 'a quote block (>)'],
    ['```\nkod\n```', 'a code block'],
    ['---', 'a horizontal rule'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', 'a table'],
    ['[x]: https://a.se/', 'a link definition'],
  ])('refuses the block %j, naming it', (source, what) => {
    expect(markdownToBlocks(`Stycke.\n\n${source}`).problems).toEqual([
      { line: 3, message: `uses ${what}; ${allowed}` },
    ]);
  });

  it.each([
    ['ett ![bild](https://a.se/b.png)', 'an image (add photos in the photos field instead)'],
    ['ett `kod`', 'inline code'],
    ['ett ~~bort~~', 'strikethrough'],
    ['ett  \ntvå', 'a hard line break'],
    ['ett <b>fet</b>', 'raw HTML'],
  ])('refuses the inline %j, naming it', (source, what) => {
    expect(markdownToBlocks(source).problems[0]).toEqual({
      line: 1,
      message: `uses ${what}; ${allowed}`,
    });
  });

  it('refuses nested lists, task items and other blocks in an item, naming each', () => {
    expect(markdownToBlocks('- ett\n  - inre\n- [ ] uppgift\n').problems).toEqual([
      { line: 2, message: `uses a nested list; ${allowed}` },
      { line: 3, message: `uses a task list item; ${allowed}` },
    ]);
    expect(markdownToBlocks('- ett\n\n  > citat\n').problems).toEqual([
      { line: 3, message: `uses a quote block (>); ${allowed}` },
    ]);
  });

  it('refuses a link that is not a full https address, naming it', () => {
    expect(markdownToBlocks('Stycke.\n\nLäs [här](http://a.se/).').problems).toEqual([
      {
        line: 3,
        message:
          'has a link to "http://a.se/", which is not a valid web address; expected a full https:// URL such as https://sagobygden.se/',
      },
    ]);
  });
});

describe('plainText', () => {
  it('gives the words without markup, blocks apart and list items on their own lines', () => {
    const { blocks } = markdownToBlocks(
      '### Rubrik\n\nEtt **fett [ord](https://a.se/)**.\n\n- a\n- b',
    );
    expect(plainText(blocks)).toBe('Rubrik\n\nEtt fett ord.\n\na\nb');
  });
});
