// The token pages read the built package, never a hand-made copy, so the docs cannot drift
// from what partners install.
import catalogJson from '@ljungby/design-tokens/catalog';
import builtJson from '@ljungby/design-tokens/json';
import pairingsJson from '@ljungby/design-tokens/pairings';
import { focusAreaIds } from '@ljungby/focus-content';
import { wcagContrast } from 'culori';

export type Mode = 'light' | 'dark';
export interface CatalogEntry {
  path: string;
  cssVariable: string;
  type: string;
  layer: 'brand' | 'primitives' | 'themes' | 'focus-areas';
  description: string;
  light: { value: string | number; reference?: string };
  dark?: { value: string | number; reference?: string };
}
export interface Pairing {
  foreground: string;
  background: string;
  kind: 'text' | 'large-text' | 'ui';
  usage: string;
}
type Nested = { [key: string]: Nested | string | number };

export const catalog = catalogJson as CatalogEntry[];
const pairingList = pairingsJson as {
  pairings: Pairing[];
  minimums: Record<Pairing['kind'], number>;
};
export const pairings = pairingList.pairings;
/** The least contrast each kind of pair needs (WCAG 2.2 AA), as the package's tests apply it. */
export const minimum = pairingList.minimums;
/** A ratio as a Swedish reader writes it (4,5:1) and as an English reader does (4.5:1). */
export const ratioText = (value: number, lang: 'sv' | 'en') =>
  `${value.toLocaleString(lang, { maximumFractionDigits: 2 })}:1`;
const built = builtJson as unknown as Record<Mode, Nested> & {
  focusAreas: Record<string, Record<Mode, Nested>>;
};
export { focusAreaIds };

function flatten(tree: Nested, prefix: string[] = [], out = new Map<string, string>()) {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object') flatten(value, [...prefix, key], out);
    else out.set([...prefix, key].join('.'), String(value));
  }
  return out;
}

/** Resolved colours of a mode, with a focus area's accent mapped over them when given. */
export function colorsOf(mode: Mode, focusArea?: string): Map<string, string> {
  const colors = flatten(built[mode]);
  const area = focusArea ? built.focusAreas[focusArea]?.[mode] : undefined;
  if (area) flatten(area, ['color']).forEach((v, k) => colors.set(k, v));
  return colors;
}

export const contrast = (fg: string, bg: string) => wcagContrast(fg, bg);

/** A pair's colours in a colour context, its contrast, and whether that meets its kind's minimum. */
export function pairContrast(pair: Pairing, colors: Map<string, string>) {
  const foreground = colors.get(pair.foreground) ?? '';
  const background = colors.get(pair.background) ?? '';
  const ratio = contrast(foreground, background);
  return { foreground, background, ratio, passes: ratio >= minimum[pair.kind] };
}
export const byPrefix = (prefix: string) => catalog.filter((t) => t.path.startsWith(`${prefix}.`));
