// A canonical form of a DOM tree for comparing renderers: sorted attributes, styles parsed into
// properties (React writes `fill:x`, the CSSOM `fill: x;`), adjacent text merged, comments (React's
// `<!-- -->` separators) dropped, and whitespace-only text between elements (pretty-printed docs)
// ignored. Anything else that differs — a tag, an attribute, a word — makes the forms differ.
export type Canonical =
  string | { tag: string; ns: string | null; attrs: [string, string][]; children: Canonical[] };

function styleOf(value: string): string {
  return value
    .split(';')
    .map((decl) => decl.trim())
    .filter(Boolean)
    .map((decl) => {
      const i = decl.indexOf(':');
      return `${decl.slice(0, i).trim()}:${decl.slice(i + 1).trim()}`;
    })
    .sort()
    .join(';');
}

export function canonical(node: Node): Canonical {
  if (node.nodeType === 3) return node.textContent ?? '';
  const el = node as Element;
  const attrs = [...el.attributes]
    .map((a): [string, string] => [a.name, a.name === 'style' ? styleOf(a.value) : a.value])
    .sort(([a], [b]) => a.localeCompare(b));
  const children: Canonical[] = [];
  for (const child of el.childNodes) {
    if (child.nodeType !== 1 && child.nodeType !== 3) continue;
    const c = canonical(child);
    const last = children[children.length - 1];
    if (typeof c === 'string' && typeof last === 'string') children[children.length - 1] = last + c;
    else children.push(c);
  }
  const hasElements = children.some((c) => typeof c !== 'string');
  return {
    tag: el.localName,
    ns: el.namespaceURI,
    attrs,
    children: hasElements
      ? children.filter((c) => typeof c !== 'string' || c.trim() !== '')
      : children,
  };
}

/** The canonical forms of a container's children. */
export const canonicalChildren = (parent: Node): Canonical[] => {
  const wrapper = canonical(parent);
  return typeof wrapper === 'string' ? [wrapper] : wrapper.children;
};
