// The controls the stories share, each built from the list it picks from, so that a new locale,
// area or heading level reaches every story's controls. Stories only; not part of the package.
import { focusAreaIds, locales } from '@ljungby/focus-content/ids';
import { headingLevels } from '../markup/node';

/** The `locale` prop: one radio button per locale. */
export const localeControl = { control: 'inline-radio', options: locales } as const;

/** An `area` prop that needs an area. */
export const focusAreaControl = { control: 'select', options: focusAreaIds } as const;

/** An `area` (or `focusArea`) prop that may be left out. */
export const optionalFocusAreaControl = {
  control: 'select',
  options: [undefined, ...focusAreaIds],
} as const;

/** A `headingLevel` prop. */
export const headingLevelControl = { control: 'select', options: headingLevels } as const;
