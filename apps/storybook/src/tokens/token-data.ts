// The token pages read the built package, never a hand-made copy, so the docs cannot drift
// from what partners install.
import {
  paletteOf,
  resolvedColorSchemes,
  type CatalogEntry,
  type ColorPath,
  type Palette,
  type ResolvedColorScheme,
} from '@ljungby/design-tokens';
import catalogJson from '@ljungby/design-tokens/catalog';
import pairingsJson from '@ljungby/design-tokens/pairings';
import { focusAreaIds } from '@ljungby/focus-content';
import { wcagContrast } from 'culori';

export { paletteOf, resolvedColorSchemes, type CatalogEntry, type ResolvedColorScheme };
export interface Pairing {
  foreground: string;
  background: string;
  kind: 'text' | 'large-text' | 'ui';
  usage: string;
}
export const catalog = catalogJson as CatalogEntry[];
const pairingList = pairingsJson as {
  pairings: Pairing[];
  minimums: Record<Pairing['kind'], number>;
};
export const pairings = pairingList.pairings;
/** The least contrast each kind of pair needs (WCAG 2.2 AA), as the package's tests apply it. */
export const minimum = pairingList.minimums;
/** A ratio as a Swedish reader writes it (4,5:1) and as an English reader does (4.5:1). */
export const ratioText = (value: number, locale: 'sv' | 'en') =>
  `${value.toLocaleString(locale, { maximumFractionDigits: 2 })}:1`;
export { focusAreaIds };

export const contrast = (fg: string, bg: string) => wcagContrast(fg, bg);

/** A pair's colours in a colour context, its contrast, and whether that meets its kind's minimum. */
export function pairContrast(pair: Pairing, colors: Palette) {
  const foreground = colors[pair.foreground as ColorPath];
  const background = colors[pair.background as ColorPath];
  const ratio = contrast(foreground, background);
  return { foreground, background, ratio, passes: ratio >= minimum[pair.kind] };
}
export const byPrefix = (prefix: string) => catalog.filter((t) => t.path.startsWith(`${prefix}.`));
