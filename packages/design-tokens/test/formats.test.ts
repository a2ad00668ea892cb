// Each format says what its users read, line by line: the header, the layers and the colour
// schemes of the CSS, the SCSS variables and maps, the Tailwind namespaces, the catalogue's
// entries and the JS module's documented exports. (outputs.test.ts checks that the formats agree
// with each other; palette.test.ts that the CSS cascade gives the palette.)
import { beforeEach, describe, expect, it, inject } from 'vitest';
import { catalog } from '../build/formats/json.ts';
import { tokenSet } from '../build/model.ts';
import type { CatalogEntry } from '../src/catalog.ts';
import { freshOutputs } from './helpers.ts';

const resolved = inject('resolved');
// Made again before each test, inside it, so that mutation testing sees which test reads what.
let fresh: Record<string, string>;
beforeEach(() => {
  fresh = freshOutputs();
});
const file = (name: string) => fresh[name] ?? '';
const tokens = resolved.light.filter((t) => t.path[0] !== 'focus-area');
const darkOf = new Map(resolved.dark.map((t) => [t.path.join('.'), t]));
const semantic = tokens.filter((t) => t.file.startsWith('themes/'));
const areaIds = [
  ...new Set(resolved.light.filter((t) => t.path[0] === 'focus-area').map((t) => t.path[1])),
];
const header = '@ljungby/design-tokens — generated from tokens/*.json; do not edit by hand.';
const short = (variable: string) => variable.slice('--lk-'.length);

/** The declarations of the first rule with exactly this selector, as written. */
function rule(text: string, selector: string): string {
  const start = text.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThan(-1);
  return text.slice(start, text.indexOf('}', start));
}

describe('tokens.css', () => {
  const css = () => file('css/tokens.css');
  it('opens with the header and the layer order, everything in lk.tokens', () => {
    expect(css().startsWith(`/* ${header} */\n`)).toBe(true);
    expect(css().indexOf('@layer lk.tokens, lk.base, lk.components;')).toBeLessThan(
      css().indexOf('@layer lk.tokens {'),
    );
    expect(css().trimEnd().endsWith('}')).toBe(true);
  });

  it('declares every token on :root and :host, aliases as var() of the token they name', () => {
    const root = rule(css(), ':root,\n  :host');
    for (const t of tokens) {
      const value = t.reference ? `var(--lk-${t.reference.replaceAll('.', '-')})` : String(t.value);
      expect(root, t.cssVariable).toContain(`\n    ${t.cssVariable}: ${value};`);
    }
  });

  it('gives each scheme its colour-scheme and its semantic tokens, auto the dark ones', () => {
    for (const [selector, scheme] of [
      ['[data-color-scheme="light"]', 'light'],
      ['[data-color-scheme="dark"]', 'dark'],
      ['    [data-color-scheme="auto"]', 'dark'],
    ] as const) {
      const block = rule(css(), selector);
      expect(block, selector).toContain(`color-scheme: ${scheme};`);
      expect(block.match(/^\s+--lk-/gmu)?.length ?? 0, selector).toBe(semantic.length);
    }
    expect(css()).toMatch(
      /@media \(prefers-color-scheme: dark\) \{\n {4}\[data-color-scheme="auto"\] \{/u,
    );
  });

  it('is laid out for reading: a rule per block, each declaration on its line, indented', () => {
    expect(css()).toContain(
      '@layer lk.tokens, lk.base, lk.components;\n\n@layer lk.tokens {\n  :root,\n  :host {\n',
    );
    // Declarations sit four spaces in, six inside a media query.
    let inMedia = false;
    css()
      .split('\n')
      .forEach((line, i) => {
        if (line.startsWith('  @media')) inMedia = true;
        if (line === '  }') inMedia = false;
        if (!line.trimStart().startsWith('--lk-')) return;
        expect(line, `line ${i + 1}`).toMatch(
          inMedia ? /^ {6}--lk-[\w-]+: \S.*;$/u : /^ {4}--lk-[\w-]+: \S.*;$/u,
        );
      });
    // One closing brace per area block inside the media query, each on its own line.
    const auto = css().slice(css().lastIndexOf('@media'));
    expect(auto.match(/\n {4}\}\n/gu)?.length).toBe(areaIds.length);
    expect(css().endsWith('\n  }\n}\n')).toBe(true);
  });

  it('remaps the accent for each area, on the element or inside a scheme', () => {
    for (const id of areaIds) {
      expect(css()).toContain(`  [data-focus-area="${id}"] {\n    --lk-color-accent-default: `);
      for (const [scheme, indent] of [
        ['dark', '  '],
        ['auto', '    '],
      ])
        expect(css()).toContain(
          `${indent}[data-color-scheme="${scheme}"][data-focus-area="${id}"],\n${indent}[data-color-scheme="${scheme}"] [data-focus-area="${id}"] {`,
        );
    }
  });
});

describe('_tokens.scss', () => {
  const scss = () => file('scss/_tokens.scss');
  it('opens with the header and says where to theme at run time, each part under its comment', () => {
    expect(scss().startsWith(`// ${header}\n\n// Resolved light-mode values.`)).toBe(true);
    expect(scss()).toContain(
      '// Resolved light-mode values. For theming at run time use the CSS custom properties\n// (`var(--lk-…)`), which follow data-color-scheme and data-focus-area.\n$lk-',
    );
    expect(scss()).toContain(';\n\n// Semantic colours in dark mode.\n$lk-dark: (\n');
    expect(scss()).toContain('\n);\n\n// Accent sets of the focus areas.\n$lk-focus-areas: (\n');
    expect(scss().endsWith('  ),\n);\n')).toBe(true);
    expect(scss()).toContain(`    ),\n    'dark': (\n`);
  });

  it('has a variable per token in light mode, a map of the dark semantic ones, and the areas', () => {
    for (const t of tokens)
      expect(scss()).toContain(`\n$${t.cssVariable.slice(2)}: ${String(t.value)};\n`);
    const dark = scss().slice(
      scss().indexOf('$lk-dark: ('),
      scss().indexOf(');', scss().indexOf('$lk-dark: (')),
    );
    for (const t of semantic)
      expect(dark).toContain(
        `\n  '${short(t.cssVariable)}': ${String(darkOf.get(t.path.join('.'))?.value)},`,
      );
    expect(dark.match(/^ {2}'/gmu)?.length).toBe(semantic.length);
    for (const id of areaIds) {
      expect(scss()).toContain(`\n  '${id}': (\n    'light': (\n`);
      for (const scheme of ['light', 'dark'] as const) {
        const own = resolved[scheme].filter((t) => t.path[1] === id && t.path[0] === 'focus-area');
        for (const t of own)
          expect(scss()).toContain(`      '${short(t.cssVariable)}': ${String(t.value)},`);
      }
    }
  });
});

describe('theme.css (Tailwind)', () => {
  const tw = () => file('tailwind/theme.css');
  it('is an @theme inline block after the header and its note', () => {
    expect(tw()).toBe(
      `/* ${header} */\n/* Use after \`@import "tailwindcss";\` together with @ljungby/design-tokens/css. */\n@theme inline {\n${tw().slice(tw().indexOf('@theme inline {\n') + 16)}`,
    );
    expect(tw().endsWith('\n}\n')).toBe(true);
  });

  it('names each group in Tailwind’s namespace, pointing at the token', () => {
    const names: [string, string][] = [
      ['color', 'color'],
      ['space', 'spacing'],
      ['font.size', 'text'],
      ['font.family', 'font'],
      ['font.weight', 'font-weight'],
      ['font.line-height', 'leading'],
      ['radius', 'radius'],
      ['shadow', 'shadow'],
      ['easing', 'ease'],
    ];
    let count = 0;
    for (const [group, ns] of names)
      for (const t of tokens.filter((t) => t.path.join('.').startsWith(`${group}.`))) {
        const rest = t.path.slice(group.split('.').length).join('-');
        expect(tw(), t.cssVariable).toContain(`\n  --${ns}-lk-${rest}: var(${t.cssVariable});`);
        count++;
      }
    for (const t of tokens.filter((t) => t.path[0] === 'breakpoint')) {
      expect(tw()).toContain(
        `\n  --breakpoint-lk-${t.path.slice(1).join('-')}: ${String(t.value)};`,
      );
      count++;
    }
    expect(tw().match(/^ {2}--/gmu)?.length).toBe(count);
  });
});

describe('catalog.json', () => {
  const entriesOf = () => JSON.parse(file('json/catalog.json')) as CatalogEntry[];
  it('has one entry per token, with its layer, description and both values', () => {
    const entries = entriesOf();
    expect(entries.map((e) => e.path)).toEqual(resolved.light.map((t) => t.path.join('.')));
    const layerOf = (f: string) => (f === 'brand.json' ? 'brand' : f.split('/')[0]);
    resolved.light.forEach((t, i) => {
      const entry = entries[i];
      const dark = darkOf.get(t.path.join('.'));
      expect(entry).toEqual({
        path: t.path.join('.'),
        cssVariable: t.cssVariable,
        type: t.type,
        layer: layerOf(t.file),
        description: t.description,
        light: t.reference ? { value: t.value, reference: t.reference } : { value: t.value },
        dark: dark?.reference
          ? { value: dark.value, reference: dark.reference }
          : { value: dark?.value },
      });
    });
    expect(new Set(entriesOf().map((e) => e.layer))).toEqual(
      new Set(['brand', 'primitives', 'themes', 'focus-areas']),
    );
  });

  it('stops on a token without a dark value or a layer, naming it', () => {
    const set = tokenSet(resolved);
    const lonely = { ...resolved, dark: resolved.dark.slice(1) };
    expect(() => catalog(tokenSet(lonely))).toThrow(
      `catalog: ${resolved.light[0]?.file ?? ''}: ${resolved.light[0]?.path.join('.') ?? ''} has no layer or no dark value`,
    );
    const stray = { ...resolved, light: [{ ...resolved.light[0], file: 'extra/x.json' }] };
    expect(() => catalog({ ...set, resolved: stray as typeof resolved })).toThrow(
      'catalog: extra/x.json:',
    );
  });

  it('lists a focus area’s token under the accent it remaps', () => {
    const entry = entriesOf().find(
      (e) => e.path === `focus-area.${areaIds[0] ?? ''}.accent.default`,
    );
    expect(entry?.cssVariable).toBe('--lk-color-accent-default');
  });
});

describe('the JS API’s module', () => {
  const module = () => file('generated/tokens.ts');
  it('documents each export and keeps its values literal', () => {
    expect(module().startsWith(`// ${header}\n`)).toBe(true);
    for (const [name, doc] of [
      ['tokens', 'Every token as a `var(--lk-…)` reference: follows theme and focus area.'],
      ['values', 'Resolved values per colour scheme, for canvas, charts and e-mail.'],
      ['focusAreas', 'The accent set of each focus area per colour scheme.'],
      ['focusAreaIds', 'The focus-area ids that `data-focus-area` accepts.'],
      ['cssVariables', 'Token path → custom property name.'],
    ])
      expect(module()).toContain(`/** ${doc ?? ''} */\nexport const ${name ?? ''} = `);
    expect(module().match(/ as const;\n/gu)?.length).toBe(5);
    // A blank line between the exports.
    expect(module().match(/ as const;\n\n(\/\*\*|$)/gu)?.length).toBe(5);
    expect(module()).toContain('export type FocusAreaId = (typeof focusAreaIds)[number];');
    expect(module()).toContain('export type TokenPath = keyof typeof cssVariables;');
  });
});
