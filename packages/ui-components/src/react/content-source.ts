// Where the components look content up by id and locale. This module binds every locale; the
// `@ljungby/ui-components/sv` and `/en` entries are built with content-one-locale.ts in its
// place, so that a Swedish-only app bundles no English, and the other way round. Keep the two
// modules' exports identical.
export { focusAreaIds, locales } from '@ljungby/focus-content/ids';
import { getContent, type License, type Locale } from '@ljungby/focus-content';

export {
  getCollaboration,
  getFocusArea,
  getFocusAreas,
  getPartners,
  getVision,
} from '@ljungby/focus-content';
export const getLicense = (locale: Locale): License => getContent(locale).license;
export { getIllustration } from '@ljungby/focus-content/illustrations';
