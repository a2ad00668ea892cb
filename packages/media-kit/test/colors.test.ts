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
  // The roles are checked by what they are for, not by repeating the code's token names (a
  // mirror of the code would agree with any mistake in it): text reads on the surface, the
  // subtle text less so, the accent text too, the subtle accent is a tint near the surface,
  // and each area brings its own accent.
  const luminanceOrder = { light: 'surface lighter than text', dark: 'surface darker than text' };
  it.each([...resolvedColorSchemes])('%s: each role is the colour its name says', (scheme) => {
    for (const area of [null, ...focusAreaIds]) {
      const p = paletteOf(area, scheme);
      const where = `${scheme} ${area ?? 'no area'}`;
      // Every role is one of the scheme's token colours, with the area's accent.
      expect(p.colors, where).toEqual(tokenPalette(scheme, area ?? undefined));
      const onSurface = (colour: string) => contrastRatio(colour, p.surface);
      expect(onSurface(p.text), `${where}: text`).toBeGreaterThanOrEqual(7);
      expect(onSurface(p.textSubtle), `${where}: subtle text`).toBeGreaterThanOrEqual(4.5);
      expect(onSurface(p.textSubtle), `${where}: subtle text`).toBeLessThan(onSurface(p.text));
      expect(onSurface(p.accentText), `${where}: accent text`).toBeGreaterThanOrEqual(4.5);
      expect(onSurface(p.accentSubtle), `${where}: accent tint`).toBeLessThan(1.5);
      expect(onSurface(p.accent), `${where}: accent`).toBeGreaterThan(onSurface(p.accentSubtle));
      // Which way round text and surface are: a swap would still have contrast.
      const lighter = contrastRatio(p.surface, '#000000') > contrastRatio(p.text, '#000000');
      expect(lighter ? luminanceOrder.light : luminanceOrder.dark, where).toBe(
        luminanceOrder[scheme],
      );
    }
    // The neutral palette is the same for every area; the accents are the areas' own.
    const neutral = ({ text, textSubtle, surface }: ReturnType<typeof paletteOf>) =>
      `${text} ${textSubtle} ${surface}`;
    const base = paletteOf(null, scheme);
    for (const area of focusAreaIds) expect(neutral(paletteOf(area, scheme))).toBe(neutral(base));
    const accents = focusAreaIds.map((area) => paletteOf(area, scheme).accentText);
    expect(new Set(accents).size).toBe(focusAreaIds.length);
  });

  it('differs between the schemes', () => {
    expect(paletteOf(null, 'dark').surface).not.toBe(paletteOf(null, 'light').surface);
  });
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
