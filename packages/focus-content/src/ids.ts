// @ljungby/focus-content/ids: the one home of the focus-area ids and the locales. Tiny and
// free of content, so that the embed, the components and the apps can import the lists without
// bundling any text. Everything else in the kit imports these; never spell the ids out again.

/** The four focus areas, in the municipality's order. Stable ASCII ids, used in URLs. */
export const focusAreaIds = ['unga-vuxna', 'vatten', 'sagobygden', 'naringsliv'] as const;

/** A focus-area id, e.g. `vatten`. */
export type FocusAreaId = (typeof focusAreaIds)[number];

/** Available locales; `sv` is the source of truth and `en` a complete translation. */
export const locales = ['sv', 'en'] as const;

/** A locale of the content: `sv` or `en`. */
export type Locale = (typeof locales)[number];

export function isFocusAreaId(value: unknown): value is FocusAreaId {
  return typeof value === 'string' && (focusAreaIds as readonly string[]).includes(value);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function assertFocusAreaId(value: unknown): asserts value is FocusAreaId {
  if (!isFocusAreaId(value)) {
    // Reached from plain JS or from attributes in an embed, where types do not help.
    throw new RangeError(
      `Unknown focus area ${JSON.stringify(value)}; expected one of ${focusAreaIds.join(', ')}`,
    );
  }
}
