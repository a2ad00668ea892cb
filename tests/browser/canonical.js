// The one DOM canonicaliser of the kit's tests, for comparing what different renderers make of
// the same markup (React, the static HTML of the docs, the embed's shadow root): sorted
// attributes, styles parsed into properties (React writes `fill:x`, the CSSOM `fill: x;`),
// adjacent text merged, comments (React's `<!-- -->` separators) dropped, and whitespace-only
// text between elements (pretty-printed docs) ignored. Anything else that differs — a tag, an
// attribute, a word — makes the forms differ.
//
// `canonical` is self-contained (no imports, no outer variables), so it runs anywhere a DOM does:
// in jsdom, and inside a real page through Playwright, `await page.evaluate(canonical, handle)`.

/**
 * @param {Node} node
 * @returns {import('./canonical.d.ts').Canonical}
 */
export function canonical(node) {
  /** @param {string} value */
  const styleOf = (value) =>
    value
      .split(';')
      .map((decl) => decl.trim())
      .filter(Boolean)
      .map((decl) => {
        const i = decl.indexOf(':');
        return `${decl.slice(0, i).trim()}:${decl.slice(i + 1).trim()}`;
      })
      .sort()
      .join(';');
  /**
   * @param {Node} n
   * @returns {import('./canonical.d.ts').Canonical}
   */
  const walk = (n) => {
    if (n.nodeType === 3) return n.textContent ?? '';
    const el = /** @type {Element} */ (n);
    /** @type {[string, string][]} */
    const attrs = [...el.attributes]
      .map(
        (a) =>
          /** @type {[string, string]} */ ([
            a.name,
            a.name === 'style' ? styleOf(a.value) : a.value,
          ]),
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    /** @type {import('./canonical.d.ts').Canonical[]} */
    const children = [];
    for (const child of el.childNodes) {
      if (child.nodeType !== 1 && child.nodeType !== 3) continue;
      const c = walk(child);
      const last = children[children.length - 1];
      if (typeof c === 'string' && typeof last === 'string')
        children[children.length - 1] = last + c;
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
  };
  return walk(node);
}

/**
 * The canonical forms of a container's children.
 * @param {Node} parent
 */
export const canonicalChildren = (parent) => {
  const wrapper = canonical(parent);
  return typeof wrapper === 'string' ? [wrapper] : wrapper.children;
};
