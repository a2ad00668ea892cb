// The colours of one context, resolved: a colour scheme, and optionally a focus area whose
// accent set is mapped over `color.accent.*`, exactly as `data-color-scheme` and
// `data-focus-area` do in CSS. For what cannot read custom properties: images, PDFs, slides,
// design tools, contrast checks.
import {
  cssVariables,
  focusAreaIds,
  focusAreas,
  values,
  type FocusAreaId,
  type TokenPath,
} from '../generated/tokens.ts';
import { resolvedColorSchemes, type ResolvedColorScheme } from './color-schemes.ts';

/** A colour token's path, e.g. `color.text.default`. */
export type ColorPath = Extract<TokenPath, `color.${string}`>;
/** Every colour token's resolved value (`#rrggbb`) in one context, by path. */
export type Palette = Readonly<Record<ColorPath, string>>;

type Tree = { readonly [key: string]: Tree | string | number };

function flatten(tree: Tree, prefix: string, into: Record<string, string>) {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object') flatten(value, `${prefix}.${key}`, into);
    else into[`${prefix}.${key}`] = String(value);
  }
  return into;
}

/**
 * The colours of `scheme`, with `area`'s accent set mapped over `color.accent.*` when given.
 * @example paletteOf('dark', 'vatten')['color.accent.default']
 */
export function paletteOf(scheme: ResolvedColorScheme, area?: FocusAreaId): Palette {
  if (!(resolvedColorSchemes as readonly unknown[]).includes(scheme)) {
    throw new RangeError(
      `paletteOf: colour scheme ${JSON.stringify(scheme)} has no palette; expected ${resolvedColorSchemes.join(' or ')} (auto follows the visitor's system)`,
    );
  }
  const palette = flatten(values[scheme].color, 'color', {});
  if (area === undefined) return palette as Palette;
  if (!(focusAreaIds as readonly unknown[]).includes(area)) {
    throw new RangeError(
      `paletteOf: unknown focus area ${JSON.stringify(area)}; expected one of ${focusAreaIds.join(', ')}`,
    );
  }
  // The area's set is nested under the groups it remaps (`accent`), as in `color.*`.
  return flatten(focusAreas[area][scheme], 'color', palette) as Palette;
}

/**
 * The colour a `var(--lk-color-…)` custom property has in `palette`; undefined for a name that
 * is not a colour token.
 * @example resolveVar('--lk-color-accent-border', paletteOf('light', 'vatten'))
 */
export function resolveVar(name: string, palette: Palette): string | undefined {
  const entry = Object.entries(cssVariables).find(([, variable]) => variable === name);
  return entry ? (palette as Record<string, string>)[entry[0]] : undefined;
}
