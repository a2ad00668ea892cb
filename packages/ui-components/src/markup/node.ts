// The markup contract: every component describes its HTML once as a tiny element tree, which
// React (toReact), the DOM (toDom, used by the embed) and strings (toHtml, used by the docs)
// all render. Keeping this file free of React is what lets the embed stay small.

/** Attribute values: `true` renders an empty attribute, `false`/`undefined` omit it. */
export type MarkupAttrs = Record<string, string | number | boolean | undefined>;

/** An element of the markup tree. Attributes are written as in HTML (`class`, `stroke-width`). */
export interface MarkupElement {
  tag: string;
  attrs?: MarkupAttrs;
  /** CSS properties, set with `style.setProperty` (CSP-safe) or React's `style` prop. */
  style?: Record<string, string>;
  children?: MarkupNode[];
}

/** A node of the markup tree: text or an element. */
export type MarkupNode = string | MarkupElement;

/** Every heading level of a document, `h1`–`h6`. */
export const headingLevels = [1, 2, 3, 4, 5, 6] as const;

/**
 * A heading level in your document (`h1`–`h6`); every component that renders a heading lets
 * you choose it from where the component sits in your page's outline.
 */
export type HeadingLevel = (typeof headingLevels)[number];

/** The levels a section's title may take inside a page that already has its `h1`. */
export const sectionHeadingLevels = [2, 3, 4, 5, 6] as const;

/**
 * The level of a section's title inside someone else's page (`h2`–`h6`): the page owns its one
 * `h1`, so a widget pasted into it never takes level 1 (the embed's `heading-level`).
 */
export type SectionHeadingLevel = (typeof sectionHeadingLevels)[number];

/**
 * Builds an element. A string in place of the attributes is the class (most elements have only
 * a class, and the embed pays for every byte); `undefined`/`null`/`false` children are dropped.
 */
export function h(
  tag: string,
  attrs?: MarkupAttrs | string | null,
  ...children: (MarkupNode | null | undefined | false | 0)[]
): MarkupElement {
  const node: MarkupElement = { tag };
  if (attrs) node.attrs = typeof attrs == 'string' ? { class: attrs } : attrs;
  const kept = children.filter((c): c is MarkupNode => !!c || c === '');
  if (kept.length) node.children = kept;
  return node;
}

/** Clamps any number to a valid heading level, so that deep nesting never yields `<h7>`. */
export function level(n: number): HeadingLevel {
  return (Number.isNaN(n) ? 2 : Math.min(6, Math.max(1, Math.round(n)))) as HeadingLevel;
}

/** Only web and mail links are rendered as links; anything else (e.g. `javascript:`) is text. */
export function safeHref(href: string | undefined): string | undefined {
  return href && /^(https?:|mailto:|tel:|[/#?.])/iu.test(href) ? href : undefined;
}
