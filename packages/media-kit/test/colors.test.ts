// The colours an image draws with, from the design tokens: each area's accent, the scheme's
// text and surface, the illustrations recoloured from their custom properties, the spacing.
import { paletteOf as tokenPalette, resolvedColorSchemes } from '@ljungby/design-tokens';
import { focusAreaIds, illustrations } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  paletteOf,
  recolour,
  resolveCustomProperty,
  spaceRem,
} from '../src/colors.ts';

describe('paletteOf', () => {
  it.each([...resolvedColorSchemes])(
    '%s: the roles are the tokens’ colours, with each area’s accent',
    (scheme) => {
      for (const area of [null, ...focusAreaIds]) {
        const colors = tokenPalette(scheme, area ?? undefined);
        expect(paletteOf(area, scheme)).toEqual({
          colors,
          text: colors['color.text.default'],
          textSubtle: colors['color.text.subtle'],
          surface: colors['color.surface.default'],
          accent: colors['color.accent.default'],
          accentText: colors['color.accent.text'],
          accentSubtle: colors['color.accent.subtle'],
        });
      }
      // The areas do not all share one accent, nor one accent text.
      const accents = new Set(focusAreaIds.map((area) => paletteOf(area, scheme).accentText));
      expect(accents.size).toBeGreaterThan(1);
    },
  );
});

describe('recolour and resolveCustomProperty', () => {
  it('replace every var(--lk-…) of an illustration with the palette’s colour, fallback and all', () => {
    const area = focusAreaIds[0];
    const palette = paletteOf(area, 'dark');
    const data = illustrations[area];
    const result = recolour(data, palette);
    expect(result.viewBox).toBe(data.viewBox);
    expect(result.shapes.map((s) => s.attrs)).toEqual(data.shapes.map((s) => s.attrs));
    const styles = result.shapes.flatMap((s) => Object.values(s.style));
    expect(styles.length).toBeGreaterThan(0);
    for (const value of styles) expect(value).toMatch(/^(#[0-9a-f]{3,8}|none|currentColor)$/iu);
    const first = data.shapes.find((s) => s.style.fill?.startsWith('var('));
    const property = /var\((--lk-[a-z0-9-]+)/u.exec(first?.style.fill ?? '')?.[1] ?? '';
    expect(result.shapes[data.shapes.indexOf(first as never)]?.style.fill).toBe(
      resolveCustomProperty(palette, property),
    );
    expect(resolveCustomProperty(palette, '--lk-color-accent-subtle')).toBe(palette.accentSubtle);
    expect(() => resolveCustomProperty(palette, '--lk-space-4')).toThrow(
      'the illustration uses --lk-space-4, which is not a colour token',
    );
  });
});

describe('spaceRem and contrastRatio', () => {
  it('read the spacing scale in rem, and name a step it lacks', () => {
    expect(spaceRem('4')).toBe(1);
    expect(spaceRem('8')).toBeGreaterThan(spaceRem('4'));
    expect(() => spaceRem('99')).toThrow('design token space.99 is missing');
  });

  it('give WCAG’s ratio: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
  });
});
