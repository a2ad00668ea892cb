import type { FocusAreaId, Locale } from './types.ts';

/** The four focus areas, in the municipality's order. */
export const focusAreaIds = [
  'unga-vuxna',
  'vatten',
  'sagobygden',
  'naringsliv',
] as const satisfies readonly FocusAreaId[];

/** Available locales; `sv` is the source of truth. */
export const locales = ['sv', 'en'] as const satisfies readonly Locale[];

export function isFocusAreaId(value: unknown): value is FocusAreaId {
  return typeof value === 'string' && (focusAreaIds as readonly string[]).includes(value);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

export function assertFocusAreaId(value: unknown): asserts value is FocusAreaId {
  if (!isFocusAreaId(value)) {
    // Reached from plain JS or from attributes in an embed, where types do not help.
    throw new RangeError(
      `Unknown focus area ${JSON.stringify(value)}; expected one of ${focusAreaIds.join(', ')}`,
    );
  }
}
