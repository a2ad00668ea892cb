import type { MarkupNode } from './node';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Renders a markup tree into real DOM nodes with `createElement(NS)`, `setAttribute`,
 * `textContent` and `style.setProperty` only — never an HTML parser — so it works under Trusted
 * Types and a strict CSP (no `style` attributes are written, only CSSOM properties).
 */
export function toDom(node: MarkupNode, doc: Document, ns?: string): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const space = node.tag === 'svg' ? SVG : ns;
  const el = space ? doc.createElementNS(space, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value !== undefined && value !== false)
      el.setAttribute(name, value === true ? '' : String(value));
  }
  const style = (el as HTMLElement | SVGElement).style;
  for (const [name, value] of Object.entries(node.style ?? {})) style.setProperty(name, value);
  for (const child of node.children ?? []) el.appendChild(toDom(child, doc, space));
  return el;
}
