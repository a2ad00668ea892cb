import type { ReactNode } from 'react';
import { oneOf } from '../react/resolve';
import { toReact } from '../react/to-react';
import { linkButton, type LinkButtonVariant } from './markup';

export interface LinkButtonProps {
  /** Where the link goes. Only http(s), mailto, tel and relative URLs are rendered as links. */
  href: string;
  /**
   * `primary` is filled with the accent colour; `secondary` is outlined.
   * @default 'primary'
   */
  variant?: LinkButtonVariant;
  /** The link text; make it say where the link goes. */
  children?: ReactNode;
}

/**
 * A link styled as a button, for calls to action. It navigates, so it stays a link.
 * @example
 * <LinkButton href="https://sagobygden.se/">Upptäck Sagobygden</LinkButton>
 */
export function LinkButton({ href, variant, children }: LinkButtonProps) {
  return toReact(
    linkButton({
      href,
      variant: oneOf(
        'LinkButton',
        'variant',
        variant,
        ['primary', 'secondary'] as const,
        'primary',
      ),
    }),
    children,
  );
}
