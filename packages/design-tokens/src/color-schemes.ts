// The colour schemes, written once: what `data-color-scheme` accepts, and the two of them that
// have values of their own (`auto` takes the dark values when the visitor's system is dark).

/** Every value of `data-color-scheme`, in the order the docs list them. */
export const colorSchemes = ['light', 'dark', 'auto'] as const;
/** A colour scheme for `data-color-scheme`; `auto` follows the visitor's system. */
export type ColorScheme = (typeof colorSchemes)[number];

/** The schemes with values of their own: what `auto` resolves to on a visitor's device. */
export const resolvedColorSchemes = ['light', 'dark'] as const satisfies readonly ColorScheme[];
/** `light` or `dark`: a colour scheme with values of its own (a file, an image, a palette). */
export type ResolvedColorScheme = (typeof resolvedColorSchemes)[number];

/** Whether `value` is one of `colorSchemes`. */
export const isColorScheme = (value: unknown): value is ColorScheme =>
  (colorSchemes as readonly unknown[]).includes(value);
