// Turns an author's Markdown into the restricted block tree. Everything the components cannot
// render without innerHTML (raw HTML, images, tables, code, quotes, nested lists) is refused
// with a message that says what to write instead.
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Inline } from '../../src/types.ts';
import { isHttpsUrl, keepNumbersTogether } from './text.ts';

const allowed =
  'only paragraphs, ### or #### headings, bullet or numbered lists, **bold**, *italic* and links are allowed';

const refused: Record<string, string> = {
  html: 'raw HTML',
  image: 'an image (add photos in the photos field instead)',
  table: 'a table',
  code: 'a code block',
  codespan: 'inline code',
  blockquote: 'a quote block (>)',
  hr: 'a horizontal rule',
  del: 'strikethrough',
  br: 'a hard line break',
  def: 'a link definition',
};

export interface MarkdownProblem {
  /** Line in the Markdown source, 1-based. */
  line: number;
  message: string;
}

function lineOf(source: string, raw: string | undefined): number {
  if (!raw) return 1;
  // marked reads \r\n as \n, so its tokens are found in the source with its line ends as \n
  // (a two-line quote in a file saved on Windows was reported on line 1).
  const text = source.replace(/\r\n?/gu, '\n');
  const at = text.indexOf(raw.trim());
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

export function markdownToBlocks(source: string): { blocks: Block[]; problems: MarkdownProblem[] } {
  const problems: MarkdownProblem[] = [];
  const fail = (token: Token, what: string) => {
    problems.push({ line: lineOf(source, token.raw), message: `uses ${what}; ${allowed}` });
  };

  const inlines = (tokens: Token[] | undefined): Inline[] => {
    const out: Inline[] = [];
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'text':
        case 'escape': {
          const t = token as Tokens.Text;
          if (t.tokens && t.tokens.length > 0) {
            out.push(...inlines(t.tokens));
            break;
          }
          const value = keepNumbersTogether(t.text.replace(/\s*\n\s*/gu, ' '));
          const last = out.at(-1);
          // Adjacent text runs (e.g. around an escaped character) read as one.
          if (last?.type === 'text') last.value += value;
          else out.push({ type: 'text', value });
          break;
        }
        case 'strong':
          out.push({ type: 'strong', children: inlines((token as Tokens.Strong).tokens) });
          break;
        case 'em':
          out.push({ type: 'emphasis', children: inlines((token as Tokens.Em).tokens) });
          break;
        case 'link': {
          const link = token as Tokens.Link;
          if (!isHttpsUrl(link.href)) {
            problems.push({
              line: lineOf(source, token.raw),
              message: `has a link to "${link.href}", which is not a valid web address; expected a full https:// URL such as https://sagobygden.se/`,
            });
          }
          out.push({ type: 'link', href: link.href, children: inlines(link.tokens) });
          break;
        }
        default:
          fail(token, refused[token.type] ?? `"${token.type}"`);
      }
    }
    return out;
  };

  const blocks: Block[] = [];
  for (const token of Lexer.lex(source, { gfm: true })) {
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        blocks.push({ type: 'paragraph', children: inlines((token as Tokens.Paragraph).tokens) });
        break;
      case 'heading': {
        const heading = token as Tokens.Heading;
        if (heading.depth !== 3 && heading.depth !== 4) {
          fail(
            token,
            `a level ${heading.depth} heading (the page around the story owns levels 1 and 2)`,
          );
          break;
        }
        blocks.push({ type: 'heading', level: heading.depth, children: inlines(heading.tokens) });
        break;
      }
      case 'list': {
        const list = token as Tokens.List;
        const items: Inline[][] = [];
        for (const item of list.items) {
          if (item.task) fail(item, 'a task list item');
          const children: Inline[] = [];
          for (const part of item.tokens) {
            if (part.type === 'text' || part.type === 'paragraph') {
              children.push(...inlines((part as Tokens.Text).tokens));
            } else if (part.type !== 'space' && part.type !== 'checkbox') {
              // (marked gives a task item's box as a part of its own; the item is refused above)
              fail(
                part,
                part.type === 'list' ? 'a nested list' : (refused[part.type] ?? part.type),
              );
            }
          }
          items.push(children);
        }
        blocks.push({ type: 'list', ordered: list.ordered, items });
        break;
      }
      default:
        fail(token, refused[token.type] ?? `"${token.type}"`);
    }
  }
  return { blocks, problems };
}

/** The text of a block tree without markup, for word counts and readability. */
export function plainText(blocks: Block[]): string {
  const inline = (nodes: Inline[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.value : inline(n.children))).join('');
  return blocks
    .map((b) => (b.type === 'list' ? b.items.map(inline).join('\n') : inline(b.children)))
    .join('\n\n');
}
