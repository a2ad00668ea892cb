// Helpers for the block tree of the long texts, for consumers that need Markdown (a CMS) or
// plain text (meta descriptions, word counts) instead of rendering the tree.
import type { Block, Inline } from './types.ts';

function inlineMarkdown(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value.replace(/([\\*_[\]])/gu, '\\$1');
        case 'strong':
          return `**${inlineMarkdown(node.children)}**`;
        case 'emphasis':
          return `*${inlineMarkdown(node.children)}*`;
        case 'link':
          return `[${inlineMarkdown(node.children)}](${node.href})`;
      }
    })
    .join('');
}

/** Writes a block tree back as Markdown. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return inlineMarkdown(block.children);
        case 'heading':
          return `${'#'.repeat(block.level)} ${inlineMarkdown(block.children)}`;
        case 'list':
          return block.items
            .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineMarkdown(item)}`)
            .join('\n');
      }
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
