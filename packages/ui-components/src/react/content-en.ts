// content-source.ts for the `@ljungby/ui-components/en` entry: English content only (see
// one-locale.ts). `locales` lists only 'en', so a component given another locale says which
// locale this entry has.
import * as en from '@ljungby/focus-content/en';
import { oneLocale } from './one-locale';

export { focusAreaIds } from '@ljungby/focus-content/ids';
export { getIllustration } from '@ljungby/focus-content/illustrations';
export const locales = ['en'] as const;
export const { getFocusArea, getFocusAreas, getPartners, getVision, getCollaboration, getLicense } =
  // Member by member: passed whole, the namespace would keep all of it in an app's bundle.
  oneLocale({
    content: en.content,
    getFocusArea: en.getFocusArea,
    getFocusAreas: en.getFocusAreas,
    getPartners: en.getPartners,
    getVision: en.getVision,
    getCollaboration: en.getCollaboration,
  });
