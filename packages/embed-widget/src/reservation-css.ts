import { defaults } from './options';
import { reservationKind } from './reservation';
import type { SnippetOptions } from './snippet';

/** The text of each dist/reserve/<kind>.css (build/build.ts). */
declare const __LK_RESERVE_CSS__: Record<'card' | 'grid' | 'story', string>;

/**
 * The size reservation for sites that cannot link the CDN's stylesheet (`reservation: 'none'`):
 * the rules of dist/reserve/<kind>.css for these options, to add to your own stylesheet. They
 * follow the element's width and the visitor's font size.
 */
export function reservationCss(options: Pick<SnippetOptions, 'area' | 'layout'> = {}): string {
  return __LK_RESERVE_CSS__[
    reservationKind(options.area ?? defaults.area, options.layout ?? defaults.layout)
  ];
}
