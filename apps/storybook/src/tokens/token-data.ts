// The token pages read the built package, never a hand-made copy, so the docs cannot drift
// from what partners install.
import catalogJson from '@ljungby/design-tokens/catalog';
import builtJson from '@ljungby/design-tokens/json';
import pairingsJson from '@ljungby/design-tokens/pairings';
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
export const pairings = (pairingsJson as { pairings: Pairing[] }).pairings;
const built = builtJson as unknown as Record<Mode, Nested> & {
  focusAreas: Record<string, Record<Mode, Nested>>;
};
export const focusAreaIds = Object.keys(built.focusAreas);
export const minimum = { text: 4.5, 'large-text': 3, ui: 3 } as const;

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
export const byPrefix = (prefix: string) => catalog.filter((t) => t.path.startsWith(`${prefix}.`));
