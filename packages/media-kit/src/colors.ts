// Colours come from @ljungby/design-tokens' built JSON (inlined into dist at build), per colour
// scheme and focus area, exactly as the components remap `--lk-color-accent-*` with
// `data-focus-area`. The illustrations name their colours as `var(--lk-…,#fallback)`; they are
// recoloured here by looking each custom property up in the same palette.
import tokens from '@ljungby/design-tokens/json' with { type: 'json' };
import { modeLrgb, modeRgb, useMode, wcagContrast } from 'culori/fn';
import type { FocusAreaId, IllustrationData } from '@ljungby/focus-content';
import type { ColorScheme } from './subject.ts';

type Tree = { [key: string]: string | number | Tree };

export interface Palette {
  /** `color.*` of the scheme with `color.accent.*` remapped to the area's accent. */
  color: Tree;
  text: string;
  textSubtle: string;
  surface: string;
  accent: string;
  accentText: string;
  accentSubtle: string;
}

const schemes = tokens as unknown as Record<
  ColorScheme,
  { color: Tree; space: Record<string, string> }
> & {
  focusAreas: Record<FocusAreaId, Record<ColorScheme, { accent: Tree }>>;
};

/** The colours of one area (null: the default accent) in one scheme. */
export function paletteOf(area: FocusAreaId | null, scheme: ColorScheme): Palette {
  const base = schemes[scheme].color;
  const color: Tree = area ? { ...base, accent: schemes.focusAreas[area][scheme].accent } : base;
  const get = (path: string) => lookup(color, path.split('.'), path);
  return {
    color,
    text: get('text.default'),
    textSubtle: get('text.subtle'),
    surface: get('surface.default'),
    accent: get('accent.default'),
    accentText: get('accent.text'),
    accentSubtle: get('accent.subtle'),
  };
}

function lookup(tree: Tree, path: string[], name: string): string {
  let node: string | number | Tree | undefined = tree;
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined;
  if (typeof node !== 'string') throw new Error(`design token color.${name} is missing`);
  return node;
}

/** `--lk-color-accent-subtle` → the palette's `accent.subtle`. */
export function resolveCustomProperty(palette: Palette, property: string): string {
  const path = property.replace(/^--lk-color-/u, '').split('-');
  // Token names may hold dashes themselves (none do today); try the longest key first.
  for (let cut = path.length - 1; cut >= 1; cut--) {
    const group = path.slice(0, cut).join('-');
    const name = path.slice(cut).join('-');
    try {
      return lookup(palette.color, [group, name], `${group}.${name}`);
    } catch {
      // try the next split
    }
  }
  throw new Error(`the illustration uses ${property}, which is not a colour token`);
}

/** The illustration's shapes with every `var(--lk-…)` replaced by this palette's colour. */
export function recolour(data: IllustrationData, palette: Palette): IllustrationData {
  return {
    viewBox: data.viewBox,
    shapes: data.shapes.map((shape) => ({
      ...shape,
      style: Object.fromEntries(
        Object.entries(shape.style).map(([k, v]) => [
          k,
          v.replace(/var\((--lk-[a-z0-9-]+)(?:,[^)]*)?\)/gu, (_m, prop: string) =>
            resolveCustomProperty(palette, prop),
          ),
        ]),
      ),
    })),
  };
}

/** Spacing tokens in rem (`space.8` → 4). */
export function spaceRem(step: string): number {
  const value = schemes.light.space[step];
  if (!value) throw new Error(`design token space.${step} is missing`);
  return Number.parseFloat(value);
}

// culori's tree-shakable build: only the two colour spaces the contrast formula needs (hex in,
// linear RGB for the luminance), so the browser's bundle carries 4 kB of it rather than 15.
useMode(modeRgb);
useMode(modeLrgb);

/** WCAG 2.x contrast ratio of two colours (culori's implementation of the WCAG formula). */
export const contrastRatio = (a: string, b: string): number => wcagContrast(a, b);
