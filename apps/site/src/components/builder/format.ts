import type { CspDirective } from '@ljungby/embed-widget';

/** The directives as lines a developer adds to the site's policy. */
export const cspText = (directives: CspDirective[]) =>
  directives.map((d) => `${d.name} 'self' ${d.sources.join(' ')};`).join('\n');
