// @ljungby/embed-widget: the JS API for developers and for the docs' snippet builder. The widget
// itself is dist/embed.js, a classic script with no exports.
export {
  createSnippet,
  contentBaseUrl,
  fallbackText,
  integrity,
  reservationCss,
  reservations,
  scriptUrl,
  styleIntegrity,
  styleUrl,
} from './snippet';
export type { Reservation, SnippetOptions } from './snippet';
export { cspDirectives, type CspDirective } from './csp';
export { snippetCost, type SnippetCost } from './cost';
export {
  areas,
  colorSchemes,
  focusAreaIds,
  headingLevels,
  languages,
  layouts,
  reservedHeight,
  type Area,
  type ColorScheme,
  type FocusAreaId,
  type HeadingLevel,
  type Language,
  type Layout,
} from './options';
