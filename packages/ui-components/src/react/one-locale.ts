// The content look-ups of a one-locale entry (`@ljungby/ui-components/sv`, `/en`): the same
// functions as content-source.ts, answered from one locale's module of @ljungby/focus-content
// whatever locale they are given. The resolve step (resolve.ts) has already checked the locale
// against the entry's own `locales`, so a component given another locale says which one it has.
import type { FocusAreaId } from '@ljungby/focus-content';

/** What a one-locale module of @ljungby/focus-content (`/sv`, `/en`) gives this module. */
type LocaleModule = Pick<
  typeof import('@ljungby/focus-content/sv'),
  'getFocusArea' | 'getFocusAreas' | 'getPartners' | 'getVision' | 'getCollaboration' | 'content'
>;

type Full = typeof import('./content-source');

/** Binds the look-ups to one locale; the locale argument of content-source.ts is ignored. */
export function oneLocale(entry: LocaleModule) {
  return {
    getFocusArea: (id: FocusAreaId) => entry.getFocusArea(id),
    getFocusAreas: () => entry.getFocusAreas(),
    getPartners: (_locale: unknown, focusArea?: FocusAreaId) => entry.getPartners(focusArea),
    getVision: () => entry.getVision(),
    getCollaboration: () => entry.getCollaboration(),
    getLicense: () => entry.content.license,
    // Fails the typecheck if these no longer fit where content-source.ts is imported.
  } satisfies Pick<
    Full,
    | 'getFocusArea'
    | 'getFocusAreas'
    | 'getPartners'
    | 'getVision'
    | 'getCollaboration'
    | 'getLicense'
  >;
}
