import { defaults } from './options';
import { contentOrigin, scriptOrigin, usesStylesheet, type SnippetOptions } from './snippet';

/** One Content Security Policy directive and the sources it must allow. */
export interface CspDirective {
  /** e.g. `script-src` */
  name: string;
  /** Origins to add to the directive, e.g. `https://cdn.jsdelivr.net`. */
  sources: string[];
}

/**
 * The CSP directives a site with a strict policy needs for the snippet of these options: the
 * script's host, the hosts the script fetches from (the texts, and its CSS beside it), and the
 * stylesheet's host when the snippet links one.
 * Add the sources to the site's own directives (keep its `'self'`). Nothing else is needed:
 * no `'unsafe-inline'`, no `'unsafe-eval'`, no Trusted Types policy.
 *
 * @example
 * cspDirectives(); // [{ name: 'script-src', sources: ['https://cdn.jsdelivr.net'] }, …]
 */
export function cspDirectives(options: SnippetOptions = {}): CspDirective[] {
  const directives: CspDirective[] = [
    { name: 'script-src', sources: [scriptOrigin(options)] },
    // The texts, and the widget's own CSS, which the script fetches beside it.
    { name: 'connect-src', sources: [...new Set([contentOrigin(options), scriptOrigin(options)])] },
  ];
  if (usesStylesheet({ ...defaults, ...options })) {
    directives.push({ name: 'style-src', sources: [scriptOrigin(options)] });
  }
  return directives;
}
