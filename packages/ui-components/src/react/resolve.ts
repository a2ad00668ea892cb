// Prop checks and content look-ups shared by the React components. Types protect TypeScript
// users; these checks protect plain-JS users and CMS-driven props, with a message that names
// the component, the prop, the bad value and what is allowed.
import type { FocusArea, FocusAreaId, IllustrationData, Locale } from '@ljungby/focus-content';
import { focusAreaIds, getFocusArea, getIllustration, locales } from './content-source';
import { headingLevels, type HeadingLevel } from '../markup/node';

export function fail(
  component: string,
  prop: string,
  value: unknown,
  allowed: readonly unknown[],
): never {
  throw new TypeError(
    `<${component}>: invalid ${prop} ${JSON.stringify(value)}; expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
  );
}

/** Checks one of a fixed set of values; `undefined` gives the default. */
export function oneOf<T>(
  component: string,
  prop: string,
  value: T | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  return allowed.includes(value) ? value : fail(component, prop, value, allowed);
}

export const checkLocale = (component: string, locale: Locale | undefined): Locale =>
  oneOf(component, 'locale', locale, locales, locales[0]);

export const checkLevel = (
  component: string,
  value: HeadingLevel | undefined,
  fallback: HeadingLevel,
): HeadingLevel => oneOf(component, 'headingLevel', value, headingLevels, fallback);

/** An area given as an object is used as is; an id is looked up in the given locale. */
export function resolveArea(
  component: string,
  area: FocusArea | FocusAreaId,
  locale: Locale,
): FocusArea {
  if (typeof area === 'object') return area;
  if (!(focusAreaIds as readonly unknown[]).includes(area))
    fail(component, 'area', area, focusAreaIds);
  return getFocusArea(area, locale);
}

/**
 * The props of a component that shows one area with its illustration (card, story): the
 * locale checked, the area looked up in it, and the area's illustration unless turned off.
 */
export function resolveShownArea(
  component: string,
  props: { area: FocusArea | FocusAreaId; locale?: Locale; showIllustration?: boolean },
): { area: FocusArea; locale: Locale; illustration: IllustrationData | undefined } {
  const locale = checkLocale(component, props.locale);
  const area = resolveArea(component, props.area, locale);
  const illustration = props.showIllustration === false ? undefined : getIllustration(area.id);
  return { area, locale, illustration };
}
