// blocksToMarkdown must give Markdown that parses back to the same tree: partners paste it into
// their CMS, and a sentence such as "2035. Då är vi 35 000." must not become a numbered list.
// Checked over every text in the content and over text made to look like Markdown.
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../src/rich-text.ts';
import type { Block, Inline, LocaleContent } from '../src/types.ts';
import { markdownToBlocks } from '../scripts/lib/markdown.ts';
import { keepNumbersTogether } from '../scripts/lib/text.ts';
import { published } from './helpers.ts';
import { locales } from '../src/ids.ts';

const roundTrip = (blocks: Block[]) => markdownToBlocks(blocksToMarkdown(blocks));
const text = (value: string): Inline => ({ type: 'text', value: keepNumbersTogether(value) });
const paragraph = (value: string): Block => ({ type: 'paragraph', children: [text(value)] });

/** Every text of one locale: the long texts as they are, every other string as a paragraph. */
function everyText(content: LocaleContent): [where: string, blocks: Block[]][] {
  const out: [string, Block[]][] = [];
  const strings = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      if (value.trim() && !/^https:\/\//u.test(value)) out.push([where, [paragraph(value)]]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        strings(v, `${where}[${i}]`);
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'long') out.push([`${where}.long`, v as Block[]]);
        else strings(v, `${where}.${k}`);
      }
    }
  };
  strings(content, content.locale);
  return out;
}

describe('blocksToMarkdown', () => {
  for (const locale of locales) {
    it(`round-trips every text of ${locale} (blocks → Markdown → parse → same blocks)`, () => {
      const texts = everyText(published(locale));
      expect(texts.filter(([where]) => where.endsWith('.long')).length).toBeGreaterThan(5);
      for (const [where, blocks] of texts) {
        const back = roundTrip(blocks);
        expect(back.problems, where).toEqual([]);
        expect(back.blocks, where).toEqual(blocks);
      }
    });
  }

  const lookalikes = [
    '2035. Då är vi 35 000.',
    '1) ett',
    '- inte en lista',
    '+ inte heller',
    '* stjärna',
    '# ingen rubrik',
    '> inget citat',
    '---',
    '***',
    '_understruket_ och *kursivt*',
    '[inte] en länk',
    '`kod`',
    '~~struket~~',
    'a & b &amp; c',
    'a < b <b>fet</b> <!-- kommentar -->',
    'se https://ljungby.se och www.ljungby.se',
    'mejla info@ljungby.se',
    'back\\slash',
    'C# och F#',
    'Tänk H2O! t.ex. 3.5',
  ];

  it.each(lookalikes)('keeps %j as text in a paragraph, heading and list', (value) => {
    const blocks: Block[] = [
      paragraph(value),
      { type: 'heading', level: 3, children: [text(value)] },
      { type: 'list', ordered: false, items: [[text(value)], [text(value)]] },
      { type: 'list', ordered: true, items: [[text(value)]] },
      {
        type: 'paragraph',
        children: [
          text('Före '),
          { type: 'strong', children: [text(value)] },
          text(' och '),
          { type: 'emphasis', children: [text(value)] },
          text(' och '),
          { type: 'link', href: 'https://www.ljungby.se/', children: [text(value)] },
        ],
      },
    ];
    expect(roundTrip(blocks).blocks).toEqual(blocks);
  });

  it('writes "2035. Då är vi 35 000." so that it is not a list', () => {
    expect(blocksToMarkdown([paragraph('2035. Då är vi 35 000.')])).toBe(
      keepNumbersTogether('2035\\. Då är vi 35 000.'),
    );
  });

  it('keeps two lists in a row apart', () => {
    const blocks: Block[] = [
      { type: 'list', ordered: false, items: [[text('a')]] },
      { type: 'list', ordered: false, items: [[text('b')]] },
      { type: 'list', ordered: true, items: [[text('c')]] },
      { type: 'list', ordered: true, items: [[text('d')]] },
    ];
    expect(roundTrip(blocks).blocks).toEqual(blocks);
  });
});
