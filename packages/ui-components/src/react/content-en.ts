// content-source.ts for the `@ljungby/ui-components/en` entry: English content only. `locales`
// lists only 'en', so a component given another locale says which locale this entry has.
// Separate consts, so that bundlers drop what an app does not use.
import type { FocusAreaId } from '@ljungby/focus-content/ids';
import * as en from '@ljungby/focus-content/en';

export { focusAreaIds } from '@ljungby/focus-content/ids';
export { getIllustration } from '@ljungby/focus-content/illustrations';
export const locales = ['en'] as const;
export const getFocusArea = (id: FocusAreaId) => en.getFocusArea(id);
export const getFocusAreas = () => en.getFocusAreas();
export const getPartners = (_locale: unknown, focusArea?: FocusAreaId) => en.getPartners(focusArea);
export const getVision = () => en.getVision();
export const getCollaboration = () => en.getCollaboration();
export const getLicense = () => en.content.license;

// Fails the typecheck if this module no longer fits where content-source.ts is imported.
type Full = typeof import('./content-source');
type Fits<
  T extends Pick<
    Full,
    | 'getFocusArea'
    | 'getFocusAreas'
    | 'getPartners'
    | 'getVision'
    | 'getCollaboration'
    | 'getLicense'
  >,
> = T;
export type ContentFits = Fits<{
  getFocusArea: typeof getFocusArea;
  getFocusAreas: typeof getFocusAreas;
  getPartners: typeof getPartners;
  getVision: typeof getVision;
  getCollaboration: typeof getCollaboration;
  getLicense: typeof getLicense;
}>;
