import type { Block, Inline } from '@ljungby/focus-content';
import { h, level, safeHref, type MarkupNode } from '../markup/node';

function inline(nodes: Inline[]): MarkupNode[] {
  return nodes.map((n) => {
    if (n.type === 'text') return n.value;
    const href = n.type === 'link' ? safeHref(n.href) : undefined;
    const tag = n.type === 'strong' ? 'strong' : n.type === 'emphasis' ? 'em' : href ? 'a' : 'span';
    return h(tag, href ? { href } : null, ...inline(n.children));
  });
}

/**
 * The restricted rich-text tree of the content as markup. Content headings are written as
 * levels 3 and 4 under a level-2 title, so they shift with the title's level.
 */
export function richText(blocks: Block[], titleLevel = 2): MarkupNode[] {
  return blocks.map((b) => {
    if (b.type === 'paragraph') return h('p', null, ...inline(b.children));
    if (b.type === 'heading')
      return h(`h${level(titleLevel + b.level - 2)}`, null, ...inline(b.children));
    return h(
      b.ordered ? 'ol' : 'ul',
      null,
      ...b.items.map((item) => h('li', null, ...inline(item))),
    );
  });
}
