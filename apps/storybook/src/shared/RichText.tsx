import type { Block, Inline } from '@ljungby/focus-content';
import type { ReactNode } from 'react';

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return <strong key={i}>{inlines(node.children)}</strong>;
      case 'emphasis':
        return <em key={i}>{inlines(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href}>
            {inlines(node.children)}
          </a>
        );
    }
  });
}

/**
 * The content package's long texts (a block tree) as React elements, with no HTML parsing.
 * `headingOffset` moves the texts' own headings (levels 3–4) below the page's outline.
 */
export function RichText({
  blocks,
  headingOffset = 0,
}: {
  blocks: Block[];
  headingOffset?: number;
}) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{inlines(block.children)}</p>;
        if (block.type === 'heading') {
          const H = `h${Math.min(6, block.level + headingOffset)}` as 'h3';
          return <H key={i}>{inlines(block.children)}</H>;
        }
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inlines(item)}</li>
            ))}
          </List>
        );
      })}
    </>
  );
}
