// Colours come from @ljungby/design-tokens' palette (inlined into dist at build), per colour
// scheme and focus area, exactly as the components remap `--lk-color-accent-*` with
// `data-focus-area`. The illustrations name their colours as `var(--lk-…,#fallback)`; they are
// recoloured here by looking each custom property up in the same palette.
import {
  paletteOf as tokenPalette,
  resolveVar,
  values,
  type Palette as TokenPalette,
  type ResolvedColorScheme,
} from '@ljungby/design-tokens';
import { modeLrgb, modeRgb, useMode, wcagContrast } from 'culori/fn';
import type { FocusAreaId, IllustrationData } from '@ljungby/focus-content';

/** The colours an image draws with: the roles by name, and every token for the illustrations. */
export interface Palette {
  /** Every colour of the scheme with the area's accent: the tokens' `paletteOf`. */
  colors: TokenPalette;
  text: string;
  textSubtle: string;
  surface: string;
  accent: string;
  accentText: string;
  accentSubtle: string;
}

/** The colours of one area (null: the default accent) in one scheme. */
export function paletteOf(area: FocusAreaId | null, scheme: ResolvedColorScheme): Palette {
  const colors = tokenPalette(scheme, area ?? undefined);
  return {
    colors,
    text: colors['color.text.default'],
    textSubtle: colors['color.text.subtle'],
    surface: colors['color.surface.default'],
    accent: colors['color.accent.default'],
    accentText: colors['color.accent.text'],
    accentSubtle: colors['color.accent.subtle'],
  };
}

/** `--lk-color-accent-subtle` → its colour in the palette. */
export function resolveCustomProperty(palette: Palette, property: string): string {
  const colour = resolveVar(property, palette.colors);
  if (colour === undefined)
    throw new Error(`the illustration uses ${property}, which is not a colour token`);
  return colour;
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
  const value = (values.light.space as Record<string, string | undefined>)[step];
  if (!value) throw new Error(`design token space.${step} is missing`);
  return Number.parseFloat(value);
}

// culori's tree-shakable build: only the two colour spaces the contrast formula needs (hex in,
// linear RGB for the luminance), so the browser's bundle carries 4 kB of it rather than 15.
useMode(modeRgb);
useMode(modeLrgb);

/** WCAG 2.x contrast ratio of two colours (culori's implementation of the WCAG formula). */
export const contrastRatio = (a: string, b: string): number => wcagContrast(a, b);
