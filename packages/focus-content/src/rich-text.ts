// Helpers for the block tree of the long texts, for consumers that need Markdown (a CMS) or
// plain text (meta descriptions, word counts) instead of rendering the tree.
//
// Why not a Markdown library: the tree allows only paragraphs, headings, flat lists, bold,
// italic and links, so the escaping below is small; a general serializer
// (mdast-util-to-markdown) costs about 10 kB gzip and is ESM-only, which the CJS build cannot
// require on older Node. test/rich-text.test.ts parses the output of every text in the content,
// and of text made to look like Markdown, back to the same tree.
import type { Block, Inline } from './types.ts';

/** Characters that start inline syntax anywhere in a line. */
const inlineSyntax = /[\\`*_[\]~]/gu;
/** `&` only where it would start a character reference, `<` only where it starts a tag. */
const entity = /&(?=#\d+;|#x[\da-f]+;|[a-z][a-z\d]*;)/giu;
const tag = /<(?=[a-z/!?])/giu;
/** What GFM turns into a link by itself: `https://…`, `www.…` and e-mail addresses. */
const autolink = /\b(https?|www|[\w.+-]+)([:.@])(?=\/\/|[\w-]+\.\w)/giu;

function escapeInline(value: string): string {
  return value
    .replace(/\s*\n\s*/gu, ' ')
    .replace(inlineSyntax, '\\$&')
    .replace(entity, '\\&')
    .replace(tag, '\\<')
    .replace(autolink, '$1\\$2');
}

/**
 * Text that would start a block if it stood at the start of a line: a heading (`#`), a quote
 * (`>`), a bullet (`- `, `+ `), a numbered item (`2035. `, `1) `) or a rule (`---`).
 */
function escapeLineStart(markdown: string): string {
  return markdown
    .replace(/^(#{1,6})(?=\s|$)/u, '\\$1')
    .replace(/^>/u, '\\>')
    .replace(/^([-+])(?=\s|$)/u, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^-(?=(?:\s*-){2,}\s*$)/u, '\\-');
}

function href(url: string): string {
  return /[\s()<>]/u.test(url) ? `<${url.replace(/[<>]/gu, encodeURIComponent)}>` : url;
}

function inlineMarkdown(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeInline(node.value);
        case 'strong':
          return `**${inlineMarkdown(node.children)}**`;
        case 'emphasis':
          return `*${inlineMarkdown(node.children)}*`;
        case 'link':
          return `[${inlineMarkdown(node.children)}](${href(node.href)})`;
      }
    })
    .join('');
}

const line = (nodes: Inline[]) => escapeLineStart(inlineMarkdown(nodes));

/**
 * Writes a block tree back as Markdown that parses to the same tree: characters that Markdown
 * would read as syntax are escaped ("2035. Då är vi 35 000." stays a sentence, not a list).
 */
export function blocksToMarkdown(blocks: Block[]): string {
  let previousList: { ordered: boolean; alternate: boolean } | undefined;
  return blocks
    .map((block) => {
      if (block.type !== 'list') {
        previousList = undefined;
        if (block.type === 'paragraph') return line(block.children);
        // A trailing run of # would be read as the heading's closing sequence.
        const text = line(block.children).replace(/(^|\s)(#+)$/u, '$1\\$2');
        return `${'#'.repeat(block.level)} ${text}`;
      }
      // Two lists in a row with the same marker would merge into one; alternate the marker.
      const alternate = previousList?.ordered === block.ordered && !previousList.alternate;
      previousList = { ordered: block.ordered, alternate };
      const marker = (i: number) =>
        block.ordered ? `${i + 1}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
      return block.items.map((item, i) => `${marker(i)} ${line(item)}`).join('\n');
    })
    .join('\n\n');
}

function inlineText(nodes: Inline[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.value : inlineText(node.children)))
    .join('');
}

/** The text of a block tree without any markup; blocks and list items on their own lines. */
export function blocksToPlainText(blocks: Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'list' ? block.items.map(inlineText).join('\n') : inlineText(block.children),
    )
    .join('\n\n');
}
