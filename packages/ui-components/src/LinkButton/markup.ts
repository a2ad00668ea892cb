import { h, safeHref, type MarkupElement, type MarkupNode } from '../markup/node';

export type LinkButtonVariant = 'primary' | 'secondary';

export interface LinkButtonMarkupOptions {
  href: string;
  variant?: LinkButtonVariant;
  children?: MarkupNode[];
}

/** A link that looks like a button (it navigates, so it stays an `<a>`). */
export function linkButton({
  href,
  variant = 'primary',
  children = [],
}: LinkButtonMarkupOptions): MarkupElement {
  return h(
    'a',
    { class: 'lk-link-button', 'data-variant': variant, href: safeHref(href) },
    ...children,
  );
}
