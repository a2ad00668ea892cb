// content-source.ts for the one-locale entries, `@ljungby/ui-components/sv` and `/en`: one
// module for every locale. The build (tsup.config.ts) puts it in content-source.ts's place, sets
// `__LK_LOCALE__` and points the import below at the entry's own locale, so that a Swedish-only
// app bundles no English, and the other way round. A component given another locale says which
// locale its entry has, since `locales` lists only that one.
// Separate consts, so that bundlers drop what an app does not use.
import type { FocusAreaId, Locale } from '@ljungby/focus-content/ids';
import * as one from '@ljungby/focus-content/sv';
import type * as Full from './content-source';

declare const __LK_LOCALE__: Locale;

export { focusAreaIds } from '@ljungby/focus-content/ids';
export { getIllustration } from '@ljungby/focus-content/illustrations';
export const locales = [__LK_LOCALE__] as const;
export const getFocusArea = (id: FocusAreaId) => one.getFocusArea(id);
export const getFocusAreas = () => one.getFocusAreas();
export const getPartners = (_locale: unknown, focusArea?: FocusAreaId) =>
  one.getPartners(focusArea);
export const getVision = () => one.getVision();
export const getCollaboration = () => one.getCollaboration();
export const getLicense = () => one.content.license;

// Fails the typecheck if this module no longer fits where content-source.ts is imported.
type Shared =
  | 'getFocusArea'
  | 'getFocusAreas'
  | 'getPartners'
  | 'getVision'
  | 'getCollaboration'
  | 'getLicense';
type Fits<T extends Pick<typeof Full, Shared>> = T;
export type ContentFits = Fits<Pick<typeof import('./content-one-locale'), Shared>>;
