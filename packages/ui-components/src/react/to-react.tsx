import { createElement, type ReactElement, type ReactNode } from 'react';
import type { MarkupNode } from '../markup/node';

const camel = (name: string) => name.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());

/**
 * Renders a markup tree with `React.createElement`: `class` becomes `className`, hyphenated SVG
 * attributes (stroke-width) become camelCase, data-* and aria-* stay as written. `extra`
 * children (React nodes) are appended after the tree's own, which is how the primitives take JSX.
 */
export function toReact(node: MarkupNode, extra?: ReactNode): ReactElement | string {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined && value !== false) {
      props[name === 'class' ? 'className' : /^(data|aria)-/u.test(name) ? name : camel(name)] =
        value;
    }
  }
  if (node.style) {
    props.style = Object.fromEntries(
      Object.entries(node.style).map(([name, value]) => [
        name.startsWith('--') ? name : camel(name),
        value,
      ]),
    );
  }
  return createElement(node.tag, props, ...(node.children ?? []).map((c) => toReact(c)), extra);
}
