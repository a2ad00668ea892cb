import { defaults } from './options';
import { reservationFile } from './reservation';
import type { SnippetOptions } from './snippet';

/** The text of each dist/reserve/<file>.css (build/build.ts). */
declare const __LK_RESERVE_CSS__: Record<string, string>;

/**
 * The size reservation for sites that cannot link the CDN's stylesheet (`reservation: 'none'`):
 * the rules of dist/reserve/<area>-<layout>.css for these options, to add to your own stylesheet. They
 * follow the element's width and the visitor's font size.
 */
export function reservationCss(options: Pick<SnippetOptions, 'area' | 'layout'> = {}): string {
  return (
    __LK_RESERVE_CSS__[
      reservationFile(options.area ?? defaults.area, options.layout ?? defaults.layout)
    ] ?? ''
  );
}
