// The shape of `@ljungby/design-tokens/catalog`: one entry per token, for documentation (token
// tables, colour pages, design tools). build/formats/json.ts writes it with this type.

/** Where a token is defined: the brand ramps, the primitives, the themes or a focus area. */
export type CatalogLayer = 'brand' | 'primitives' | 'themes' | 'focus-areas';

/** A token's resolved value in one colour scheme, and the token it points to, if an alias. */
export interface CatalogValue {
  value: string | number;
  /** The token this one refers to, e.g. `color.stone.900`. */
  reference?: string;
}

/** One token of the catalogue. */
export interface CatalogEntry {
  /** The token's path, e.g. `color.text.default` or `focus-area.vatten.accent.default`. */
  path: string;
  /** Its custom property, e.g. `--lk-color-text-default` (a focus area's: the accent it remaps). */
  cssVariable: string;
  /** Its DTCG type, e.g. `color` or `dimension`. */
  type: string;
  layer: CatalogLayer;
  /** Where a designer should use it, in a sentence. */
  description: string;
  light: CatalogValue;
  dark: CatalogValue;
}
