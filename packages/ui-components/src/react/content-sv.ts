// content-source.ts for the `@ljungby/ui-components/sv` entry: Swedish content only. `locales`
// lists only 'sv', so a component given another locale says which locale this entry has.
// Separate consts, so that bundlers drop what an app does not use.
import type { FocusAreaId } from '@ljungby/focus-content/ids';
import * as sv from '@ljungby/focus-content/sv';

export { focusAreaIds } from '@ljungby/focus-content/ids';
export { getIllustration } from '@ljungby/focus-content/illustrations';
export const locales = ['sv'] as const;
export const getFocusArea = (id: FocusAreaId) => sv.getFocusArea(id);
export const getFocusAreas = () => sv.getFocusAreas();
export const getPartners = (_locale: unknown, focusArea?: FocusAreaId) => sv.getPartners(focusArea);
export const getVision = () => sv.getVision();
export const getCollaboration = () => sv.getCollaboration();
export const getLicense = () => sv.content.license;

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
