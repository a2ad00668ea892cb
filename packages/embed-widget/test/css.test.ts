// The CSS pruner that turns the components' stylesheet into the widget's: each rule it keeps or
// drops, on small inputs that say one thing each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  dropUnusedRules,
  inlineAndPruneCustomProperties,
  mergeLayers,
  pinRem,
  selectorPossible,
  splitOff,
  type MarkupVocabulary,
} from '../build/css.ts';
import { packageDir } from './support/fixtures.ts';

/** A card and its title, as the widget's markup can render them. */
const elements: MarkupVocabulary = [
  new Set(['lk-card', 'data-focus-area', 'data-focus-area=vatten']),
  new Set(['lk-card__title']),
];
const prune = (css: string, vocabulary = elements) => {
  const root = postcss.parse(css);
  const dropped = dropUnusedRules(root, vocabulary);
  return { css: root.toString(), dropped };
};

describe('selectorPossible', () => {
  it('keeps a selector each of whose compounds fits some element', () => {
    expect(selectorPossible('.lk-card .lk-card__title', elements)).toBe(true);
    expect(selectorPossible('.lk-card[data-focus-area="vatten"] > .lk-card__title', elements)).toBe(
      true,
    );
  });
  it('drops a class or an attribute value no element carries', () => {
    expect(selectorPossible('.lk-vision-banner', elements)).toBe(false);
    expect(selectorPossible('.lk-card[data-focus-area=sagobygden]', elements)).toBe(false);
  });
  it('asks the parts of one compound of one element, not of two', () => {
    expect(selectorPossible('.lk-card.lk-card__title', elements)).toBe(false);
  });
  it('reads combinators inside attribute values and pseudo-classes as part of them', () => {
    // A regular expression splitting on spaces and `>` broke both of these.
    expect(selectorPossible('.lk-card[data-focus-area="a > b"]', elements)).toBe(false);
    expect(selectorPossible(':is(.lk-card > h2, .lk-x) .lk-card__title', elements)).toBe(true);
  });
  it('keeps selectors with no lk- class or data attribute (tokens, elements, :host)', () => {
    expect(selectorPossible(':host', elements)).toBe(true);
    expect(selectorPossible('a:hover', elements)).toBe(true);
  });
});

describe('dropUnusedRules', () => {
  it('removes whole rules and single selectors of a list, and counts them', () => {
    const { css, dropped } = prune(
      '.lk-card{a:1}.lk-vision{b:2}.lk-card__title,.lk-button[data-variant=ghost]{c:3}',
    );
    expect(css).toBe('.lk-card{a:1}.lk-card__title{c:3}');
    expect(dropped).toBe(2);
  });
});

describe('splitOff', () => {
  it('moves the rules only other markup can match into a root of their own, media and all', () => {
    const root = postcss.parse(
      '.lk-card{a:1}.lk-story{b:2}@media (forced-colors:active){.lk-story{c:3}.lk-card{d:4}}',
    );
    const story = splitOff(root, elements);
    expect(root.toString()).toBe('.lk-card{a:1}@media (forced-colors:active){.lk-card{d:4}}');
    expect(story.toString()).toBe('.lk-story{b:2}@media (forced-colors:active){.lk-story{c:3}}');
  });
});

describe('inlineAndPruneCustomProperties', () => {
  it('inlines what is declared once, keeps what a theme redeclares, drops what nothing reads', () => {
    const root = postcss.parse(
      ':host{--space:8px;--accent:blue;--unused:1px}[data-color-scheme=dark]{--accent:cyan}.lk-card{padding:var(--space);color:var(--accent)}',
    );
    const removed = inlineAndPruneCustomProperties(root, () => false);
    expect(root.toString()).toBe(
      ':host{--accent:blue}[data-color-scheme=dark]{--accent:cyan}.lk-card{padding:8px;color:var(--accent)}',
    );
    expect(removed).toBe(2);
  });
  it('keeps a property the content data reads even when no rule does', () => {
    const root = postcss.parse(':host{--lk-color-accent-border:#64c1ff}');
    inlineAndPruneCustomProperties(root, (name) => name === '--lk-color-accent-border');
    expect(root.toString()).toBe(':host{--lk-color-accent-border:#64c1ff}');
  });
});

describe('mergeLayers and pinRem', () => {
  it('merges the blocks of one layer and drops the repeated order statements', () => {
    const root = postcss.parse('@layer a, b;@layer b{.x{a:1}}@layer a, b;@layer b{.y{b:2}}');
    mergeLayers(root);
    expect(root.toString()).toBe('@layer b{.x{a:1}.y{b:2}}');
  });
  it('turns rem into px at 16 px, so that the host page root cannot shrink the widget', () => {
    expect(pinRem('calc(1.5rem + 2px) 0.25rem -1rem')).toBe('calc(24px + 2px) 4px -16px');
  });
});

describe('the built stylesheets', () => {
  // What the heights were measured with: a unit that follows the host page (rem) would let a
  // page with a 62.5 % root shrink the widget, and the reserved heights would no longer hold.
  it.each(['card', 'story'])(
    'css/%s.css: no rem anywhere, so no host page can change the widget’s sizes',
    (name) => {
      const css = readFileSync(join(packageDir, 'dist/css', `${name}.css`), 'utf8');
      expect(css.length).toBeGreaterThan(500);
      expect(css.match(/[\d.]rem\b/gu) ?? []).toEqual([]);
      expect(css).toMatch(/\d+px/u);
    },
  );
});
