// The formats must say the same thing: a partner who switches from CSS to SCSS or JS must get
// the same colours and sizes, with the units the designer chose.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import postcss, { type AtRule, type Root, type Rule } from 'postcss';
import { beforeEach, describe, expect, it } from 'vitest';
import { validateTokens } from '../build/validate.ts';
import {
  distDir,
  flatten,
  freshOutputs,
  importModule,
  tokensDir,
  type BuiltTokens,
  type Nested,
} from './helpers.ts';

// Made again before each test, inside it, so that mutation testing sees which test reads what.
let fresh: Record<string, string>;
let css: Root;
let built: BuiltTokens;
let light: Map<string, string | number>;
let dark: Map<string, string | number>;
let root: Map<string, string>;
beforeEach(() => {
  fresh = freshOutputs();
  css = postcss.parse(fresh['css/tokens.css'] ?? '');
  built = JSON.parse(fresh['json/tokens.json'] ?? '') as BuiltTokens;
  light = flatten(built.light);
  dark = flatten(built.dark);
  root = block(':root, :host');
});

/** Declarations of the rule whose selector is exactly `selector` (optionally inside @media). */
function block(selector: string, inMedia = false): Map<string, string> {
  const found = new Map<string, string>();
  css.walkRules((rule: Rule) => {
    const media = rule.parent?.type === 'atrule' && (rule.parent as AtRule).name === 'media';
    if (rule.selector.replace(/\s+/g, ' ') !== selector || media !== inMedia) return;
    rule.walkDecls((d) => {
      if (d.prop.startsWith('--')) found.set(d.prop, d.value);
    });
  });
  return found;
}

/** Resolves var() chains against the :root declarations, as a browser would. */
function resolve(value: string, scope: Map<string, string>): string {
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (!ref?.[1]) return value;
  const next = scope.get(ref[1]) ?? root.get(ref[1]);
  if (next === undefined) throw new Error(`${ref[1]} is not declared`);
  return resolve(next, scope);
}
const cssName = (path: string) => `--lk-${path.replace(/\./g, '-')}`;

describe('emitted formats', () => {
  it('declare every token on :root and :host inside the lk.tokens layer', () => {
    const layers: string[] = [];
    css.walkAtRules('layer', (at) => {
      layers.push(at.params);
    });
    expect(layers).toEqual(['lk.tokens, lk.base, lk.components', 'lk.tokens']);
    expect(root.size).toBe(light.size);
  });

  it('agree between CSS and JSON in light mode', () => {
    for (const [path, value] of light)
      expect(resolve(root.get(cssName(path)) ?? '', root), path).toBe(String(value));
  });

  it('agree between CSS and JSON in dark and auto mode', () => {
    for (const [selector, media] of [
      ['[data-color-scheme="dark"]', false],
      ['[data-color-scheme="auto"]', true],
    ] as const) {
      const scope = block(selector, media);
      expect(scope.size).toBeGreaterThan(10);
      for (const [prop, value] of scope) {
        const path = prop.slice('--lk-'.length).replace(/-/g, '.');
        const expected = [...dark].find(([p]) => cssName(p) === prop)?.[1];
        expect(resolve(value, scope), `${selector} ${path}`).toBe(String(expected));
      }
    }
  });

  it('remap the accent for each focus area in each mode', () => {
    for (const [id, byMode] of Object.entries(built.focusAreas)) {
      const lightScope = block(`[data-focus-area="${id}"]`);
      const darkScope = block(
        `[data-color-scheme="dark"][data-focus-area="${id}"], [data-color-scheme="dark"] [data-focus-area="${id}"]`,
      );
      for (const [mode, scope] of [
        ['light', lightScope],
        ['dark', darkScope],
      ] as const) {
        const expected = flatten(byMode[mode], ['color']);
        expect(scope.size, `${id} ${mode}`).toBe(expected.size);
        for (const [path, value] of expected)
          expect(resolve(scope.get(cssName(path)) ?? '', scope)).toBe(String(value));
      }
    }
  });

  it('agree between SCSS and JSON', () => {
    const scss = fresh['scss/_tokens.scss'] ?? '';
    const vars = new Map([...scss.matchAll(/^\$(lk-[\w-]+): (.+);$/gm)].map((m) => [m[1], m[2]]));
    expect(vars.size).toBe(light.size);
    for (const [path, value] of light)
      expect(vars.get(cssName(path).slice(2)), path).toBe(String(value));
  });

  it('agree between the generated TS module of the JS API and JSON', async () => {
    const module = await importModule(fresh['generated/tokens.ts'] ?? '');
    expect(module.values).toEqual({ light: built.light, dark: built.dark });
    expect(module.focusAreas).toEqual(built.focusAreas);
    expect(module.focusAreaIds).toEqual(Object.keys(built.focusAreas));
    expect(module.cssVariables).toEqual(
      Object.fromEntries([...light.keys()].map((path) => [path, cssName(path)])),
    );
    const refs = flatten(module.tokens as Nested);
    for (const [path, value] of refs) expect(value).toBe(`var(${cssName(path)})`);
    expect([...refs.keys()]).toEqual([...light.keys()]);
  });

  it('agree between the built JS module, the CJS module and JSON', async () => {
    const esm = (await import(join(distDir, 'js/index.js'))) as Record<string, unknown>;
    const cjs = createRequire(import.meta.url)(join(distDir, 'js/index.cjs')) as Record<
      string,
      unknown
    >;
    expect(esm.values).toEqual({ light: built.light, dark: built.dark });
    expect(esm.focusAreas).toEqual(built.focusAreas);
    expect(cjs.values).toEqual(esm.values);
    expect(cjs.tokens).toEqual(esm.tokens);
    const refs = flatten(esm.tokens as Nested);
    for (const [path, value] of refs) expect(value).toBe(`var(${cssName(path)})`);
    expect([...refs.keys()]).toEqual([...light.keys()]);
  });

  it('point every Tailwind theme variable at a declared token', () => {
    const tw = postcss.parse(fresh['tailwind/theme.css'] ?? '');
    let count = 0;
    tw.walkDecls((d) => {
      count++;
      if (d.prop.startsWith('--breakpoint-')) {
        expect(d.value).toMatch(/^\d+(\.\d+)?rem$/);
        return;
      }
      const ref = /^var\((--lk-[\w-]+)\)$/.exec(d.value)?.[1];
      expect(ref && root.has(ref), `${d.prop}: ${d.value}`).toBe(true);
    });
    expect(count).toBeGreaterThan(80);
  });

  it('keep the unit of every dimension and duration', () => {
    const source = validateTokens(tokensDir).light;
    let checked = 0;
    for (const token of source.values()) {
      if (token.type !== 'dimension' && token.type !== 'duration') continue;
      if (typeof token.value === 'string') continue; // an alias: checked through its target
      const { value, unit } = token.value as { value: number; unit: string };
      const expected = `${value}${unit}`;
      expect(light.get(token.path), token.path).toBe(expected);
      expect(resolve(root.get(cssName(token.path)) ?? '', root)).toBe(expected);
      checked++;
    }
    expect(light.get('space.4')).toBe('1rem');
    expect(checked).toBeGreaterThanOrEqual(30);
  });
});
