// @ljungby/embed-widget: the JS API for developers and for the docs' snippet builder. The widget
// itself is dist/embed.js, a classic script with no exports.
export {
  createSnippet,
  contentBaseUrl,
  fallbackText,
  integrity,
  reservations,
  scriptUrl,
} from './snippet';
export type { Reservation, SnippetOptions } from './snippet';
export { reservationCss } from './reservation-css';
export {
  reservationFile,
  reservationKind,
  reservationKinds,
  type ReservationKind,
} from './reservation';
export { cspDirectives, type CspDirective } from './csp';
export { snippetCost, type SnippetCost } from './cost';
// The deprecated names stay exported so that 0.1 code keeps compiling.
/* eslint-disable @typescript-eslint/no-deprecated */
export {
  areas,
  colorSchemes,
  focusAreaIds,
  headingLevels,
  languages,
  layouts,
  locales,
  reservedHeight,
  sectionHeadingLevels,
  type Area,
  type ColorScheme,
  type FocusAreaId,
  type HeadingLevel,
  type Language,
  type Layout,
  type Locale,
  type SectionHeadingLevel,
} from './options';
/* eslint-enable @typescript-eslint/no-deprecated */
