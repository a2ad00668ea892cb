// paletteOf must give the colours a browser shows: for every colour scheme (auto with the
// system light and dark) and every focus area, each `--lk-color-*` custom property is resolved
// through tokens.css the way the cascade does, and compared with the palette.
import postcss, { type AtRule, type Root } from 'postcss';
import { beforeEach, describe, expect, it } from 'vitest';
import { focusAreaIds, cssVariables } from '../generated/tokens.ts';
import { colorSchemes, isColorScheme, type ColorScheme } from '../src/color-schemes.ts';
import { paletteOf, resolveVar, type ColorPath } from '../src/palette.ts';
import { freshOutputs } from './helpers.ts';

// Made again before each test, inside it, so that mutation testing sees which test reads what.
let css: Root;
beforeEach(() => {
  css = postcss.parse(freshOutputs()['css/tokens.css'] ?? '');
});

interface Context {
  scheme?: ColorScheme;
  area?: string;
  systemDark: boolean;
}

/**
 * The custom properties of an element that carries `data-color-scheme` and `data-focus-area`
 * (either may be absent), as the cascade sets them: the most specific matching selector wins,
 * then the later rule. Attribute selectors on an ancestor (`[a] [b]`) count as on the element,
 * which is what they mean here.
 */
function cascade({ scheme, area, systemDark }: Context): Map<string, string> {
  const attributes: Record<string, string | undefined> = {
    'data-color-scheme': scheme,
    'data-focus-area': area,
  };
  const won = new Map<string, { value: string; specificity: number }>();
  css.walkRules((rule) => {
    const media = rule.parent?.type === 'atrule' ? (rule.parent as AtRule) : undefined;
    if (
      media?.name === 'media' &&
      /prefers-color-scheme:\s*dark/u.test(media.params) !== systemDark
    )
      return;
    const specificity = Math.max(
      ...rule.selectors.map((selector) => {
        if (/^:(root|host)$/u.test(selector.trim())) return 0;
        const conditions = [...selector.matchAll(/\[([\w-]+)="([^"]*)"\]/gu)];
        return conditions.every(([, name = '', value]) => attributes[name] === value)
          ? conditions.length
          : -1;
      }),
    );
    if (specificity < 0) return;
    rule.walkDecls(/^--/u, (decl) => {
      if ((won.get(decl.prop)?.specificity ?? -1) <= specificity)
        won.set(decl.prop, { value: decl.value, specificity });
    });
  });
  const resolve = (value: string): string =>
    value.replace(/var\((--[\w-]+)\)/gu, (_, name: string) => resolve(won.get(name)?.value ?? ''));
  return new Map([...won].map(([prop, { value }]) => [prop, resolve(value)]));
}

const colorVariables = Object.entries(cssVariables).filter(([path]) => path.startsWith('color.'));
const contexts = [undefined, ...focusAreaIds].flatMap((area) => [
  { context: { area, systemDark: false }, shows: 'light' as const },
  { context: { scheme: 'light' as const, area, systemDark: true }, shows: 'light' as const },
  { context: { scheme: 'dark' as const, area, systemDark: false }, shows: 'dark' as const },
  { context: { scheme: 'auto' as const, area, systemDark: false }, shows: 'light' as const },
  { context: { scheme: 'auto' as const, area, systemDark: true }, shows: 'dark' as const },
]);

describe('paletteOf', () => {
  it.each(contexts)(
    'gives what tokens.css shows: scheme $context.scheme, area $context.area, system dark $context.systemDark',
    ({ context, shows }) => {
      const browser = cascade(context);
      const palette = paletteOf(shows, context.area);
      expect(Object.keys(palette).sort()).toEqual(colorVariables.map(([path]) => path).sort());
      for (const [path, variable] of colorVariables)
        expect(browser.get(variable), `${variable} (${path})`).toBe(palette[path as ColorPath]);
    },
  );

  it('maps a focus area over the accent only, and each area has its own accent', () => {
    const accents = focusAreaIds.map((id) => paletteOf('light', id)['color.accent.default']);
    expect(new Set(accents).size).toBe(focusAreaIds.length);
    for (const id of focusAreaIds) {
      const changed = Object.entries(paletteOf('dark', id))
        .filter(([path, value]) => paletteOf('dark')[path as ColorPath] !== value)
        .map(([path]) => path);
      expect(
        changed.every((path) => path.startsWith('color.accent.')),
        id,
      ).toBe(true);
    }
  });

  it('names a scheme without a palette, and an unknown area', () => {
    expect(() => paletteOf('auto' as 'light')).toThrow(
      new RangeError(
        `paletteOf: colour scheme "auto" has no palette; expected light or dark (auto follows the visitor's system)`,
      ),
    );
    expect(() => paletteOf('light', 'idrott' as 'vatten')).toThrow(
      new RangeError(
        `paletteOf: unknown focus area "idrott"; expected one of ${focusAreaIds.join(', ')}`,
      ),
    );
  });
});

describe('resolveVar', () => {
  it('reads a colour custom property in a palette, and nothing else', () => {
    const palette = paletteOf('dark', 'vatten');
    expect(resolveVar('--lk-color-accent-border', palette)).toBe(palette['color.accent.border']);
    expect(resolveVar('--lk-color-text-default', palette)).toBe(palette['color.text.default']);
    expect(resolveVar('--lk-space-4', palette)).toBeUndefined();
    expect(resolveVar('--lk-color-nothing', palette)).toBeUndefined();
  });
});

describe('colorSchemes', () => {
  it('are the values tokens.css has rules for', () => {
    const used = new Set(
      [...css.toString().matchAll(/\[data-color-scheme="([^"]+)"\]/gu)].map((m) => m[1]),
    );
    expect([...used].sort()).toEqual([...colorSchemes].sort());
    expect(colorSchemes.every(isColorScheme)).toBe(true);
    expect([undefined, '', 'Dark', 'system', 1].some(isColorScheme)).toBe(false);
  });
});
