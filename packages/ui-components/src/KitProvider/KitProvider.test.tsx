import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { colorSchemes, type ColorScheme } from './markup';
import { KitProvider } from './KitProvider';

afterEach(cleanup);

describe('KitProvider', () => {
  it('sets language, colour scheme and focus area on one wrapper element', () => {
    const { container } = render(
      <KitProvider locale="en" colorScheme="dark" focusArea="vatten" as="section">
        <p>x</p>
      </KitProvider>,
    );
    const root = container.firstElementChild;
    expect(root?.tagName).toBe('SECTION');
    expect(root?.className).toBe('lk-root');
    expect(root?.getAttribute('lang')).toBe('en');
    expect(root?.getAttribute('data-color-scheme')).toBe('dark');
    expect(root?.getAttribute('data-focus-area')).toBe('vatten');
    expect(root?.textContent).toBe('x');
  });

  it('defaults to Swedish and light, without an accent', () => {
    const { container } = render(<KitProvider />);
    const root = container.firstElementChild;
    expect(root?.getAttribute('lang')).toBe('sv');
    expect(root?.getAttribute('data-color-scheme')).toBe('light');
    expect(root?.hasAttribute('data-focus-area')).toBe(false);
  });

  it('rejects unknown values', () => {
    expect(() => render(<KitProvider colorScheme={'sepia' as 'dark'} />)).toThrow(
      '<KitProvider>: invalid colorScheme "sepia"; expected one of "light", "dark", "auto"',
    );
    expect(() => render(<KitProvider focusArea={'skog' as 'vatten'} />)).toThrow(
      /invalid focusArea "skog"/,
    );
  });

  it('checks colorScheme against every scheme the tokens define', () => {
    expectTypeOf<(typeof colorSchemes)[number]>().toEqualTypeOf<ColorScheme>();
    expect(colorSchemes).toContain('auto');
  });
});
