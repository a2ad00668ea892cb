// content-source.ts for the `@ljungby/ui-components/sv` entry: Swedish content only (see
// one-locale.ts). `locales` lists only 'sv', so a component given another locale says which
// locale this entry has.
import * as sv from '@ljungby/focus-content/sv';
import { oneLocale } from './one-locale';

export { focusAreaIds } from '@ljungby/focus-content/ids';
export { getIllustration } from '@ljungby/focus-content/illustrations';
export const locales = ['sv'] as const;
export const { getFocusArea, getFocusAreas, getPartners, getVision, getCollaboration, getLicense } =
  // Member by member: passed whole, the namespace would keep all of it in an app's bundle.
  oneLocale({
    content: sv.content,
    getFocusArea: sv.getFocusArea,
    getFocusAreas: sv.getFocusAreas,
    getPartners: sv.getPartners,
    getVision: sv.getVision,
    getCollaboration: sv.getCollaboration,
  });
