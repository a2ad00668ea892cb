import { createElement, type ReactElement, type ReactNode } from 'react';
import type { MarkupNode } from '../markup/node';

const camel = (name: string) => name.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());

// React names a few attributes differently from HTML; data-* and aria-* stay as written, and
// hyphenated SVG attributes (stroke-width) become camelCase (strokeWidth).
function propName(name: string): string {
  if (name === 'class') return 'className';
  if (name === 'for') return 'htmlFor';
  if (name === 'tabindex') return 'tabIndex';
  return name.startsWith('data-') || name.startsWith('aria-') ? name : camel(name);
}

/**
 * Renders a markup tree with `React.createElement`. `extra` children (React nodes) are appended
 * after the tree's own children, which is how the primitives accept arbitrary JSX.
 */
export function toReact(node: MarkupNode, extra?: ReactNode): ReactElement | string {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined && value !== false) props[propName(name)] = value;
  }
  if (node.style) {
    const style: Record<string, string> = {};
    for (const [name, value] of Object.entries(node.style)) {
      style[name.startsWith('--') ? name : camel(name)] = value;
    }
    props.style = style;
  }
  return createElement(node.tag, props, ...(node.children ?? []).map((c) => toReact(c)), extra);
}
