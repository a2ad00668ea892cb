import type { MarkupNode } from './node';

const escape = (s: string, attr?: boolean) =>
  s.replace(
    attr ? /[&<>"]/gu : /[&<>]/gu,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c] ?? ''};`,
  );

/**
 * Renders a markup tree to an HTML string, escaping text and attribute values. Used for the
 * documented HTML that stylesheet-only sites copy; the output parses to the same DOM as React's.
 */
export function toHtml(node: MarkupNode): string {
  if (typeof node === 'string') return escape(node);
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value === true) out += ` ${name}`;
    else if (value !== undefined && value !== false)
      out += ` ${name}="${escape(String(value), true)}"`;
  }
  const style = Object.entries(node.style ?? {});
  if (style.length) out += ` style="${escape(style.map(([k, v]) => `${k}:${v}`).join(';'), true)}"`;
  return `${out}>${(node.children ?? []).map(toHtml).join('')}</${node.tag}>`;
}
