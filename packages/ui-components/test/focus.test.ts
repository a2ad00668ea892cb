// Keyboard users see where they are (WCAG 2.4.7): the stylesheet a partner links draws a focus
// ring on every focusable part of the kit's components, in the kit's focus colour, wide enough to
// see. The browser test shows it in Chromium; this one fails in seconds when the rule is lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../dist/styles.css'), 'utf8');
/** Each rule as its selector and declarations (the built file is flat and minified). */
const rules = [...css.matchAll(/([^{}@;]+)\{([^{}]*)\}/gu)].map((m) => ({
  selector: (m[1] ?? '').trim(),
  declarations: Object.fromEntries(
    (m[2] ?? '')
      .split(';')
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  ),
}));

describe('styles.css', () => {
  it('draws a focus ring on whatever is focused inside a component, and on a component itself', () => {
    // :where([class^=lk-],[class*=" lk-"]) :focus-visible, and the same without the space.
    const component = String.raw`:where\(\[class\^=["']?lk-["']?\],\s*\[class\*=["'] lk-["']\]\)`;
    const ring = rules.find(
      (r) =>
        new RegExp(`${component} :focus-visible(,|$)`, 'u').test(r.selector) &&
        new RegExp(`${component}:focus-visible(,|$)`, 'u').test(r.selector),
    );
    expect(ring, 'a :focus-visible rule for lk- components and their insides').toBeDefined();
    expect(ring?.declarations.outline).toBe(
      'var(--lk-border-width-focus) solid var(--lk-color-focus-ring)',
    );
    expect(ring?.declarations['outline-offset']).toMatch(/^var\(--lk-border-width-\w+\)$/u);
    // Nothing later takes the ring away.
    const removed = rules.filter(
      (r) => r.selector.includes(':focus') && /^(none|0)/u.test(r.declarations.outline ?? 'kept'),
    );
    expect(removed).toEqual([]);
  });

  it('gives the focus ring a visible width and colour from the tokens', () => {
    const width = /--lk-border-width-focus:\s*([\d.]+)(px|rem)/u.exec(css);
    expect(width).not.toBeNull();
    expect(Number(width?.[1]) * (width?.[2] === 'rem' ? 16 : 1)).toBeGreaterThanOrEqual(2);
    expect(css).toMatch(/--lk-color-focus-ring:\s*(#[0-9a-f]{3,8}|var\(--lk-color-[\w-]+\))/u);
  });
});
