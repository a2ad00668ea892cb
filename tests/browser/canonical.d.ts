/** A DOM tree in comparable form: text, or an element with sorted attributes and children. */
export type Canonical =
  string | { tag: string; ns: string | null; attrs: [string, string][]; children: Canonical[] };

/** The canonical form of a node. Self-contained: pass it to `page.evaluate` as is. */
export declare function canonical(node: Node): Canonical;

/** The canonical forms of a container's children. */
export declare function canonicalChildren(parent: Node): Canonical[];
