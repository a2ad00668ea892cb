// Builds every published format from the DTCG source. style-dictionary resolves references and
// transforms values per mode; this script then lays the modes out in the shapes partners use
// (one CSS file with cascade layers and data-attribute themes, SCSS, JS/TS, JSON, Tailwind).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import type { TransformedToken } from 'style-dictionary/types';
import {
  TokenSourceError,
  modeSources,
  modes,
  sourceFiles,
  validateTokens,
  type Mode,
} from './validate.ts';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuiltToken {
  path: string[];
  cssVariable: string;
  type: string;
  value: string | number;
  /** The token this one points to, e.g. `color.stone.900`, when it is an alias. */
  reference: string | undefined;
  description: string;
  file: string;
}

const prefix = 'lk';
const cssName = (path: readonly string[]) => `--${prefix}-${path.join('-')}`;
const referenceOf = (original: unknown) =>
  typeof original === 'string' ? /^\{([^{}]+)\}$/.exec(original)?.[1] : undefined;

StyleDictionary.registerTransform({
  // The built-in time/seconds transform rewrites 120ms as 0.12s; keep the unit the designer chose.
  name: 'lk/duration',
  type: 'value',
  filter: (token) => token.$type === 'duration',
  transform: (token) => {
    const { value, unit } = token.$value as { value: number; unit: string };
    return `${value}${unit}`;
  },
});

async function resolveMode(tokensDir: string, mode: Mode): Promise<BuiltToken[]> {
  const sd = new StyleDictionary({
    source: sourceFiles(tokensDir, modeSources[mode]),
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: {
      css: {
        transforms: [
          'name/kebab',
          'size/rem',
          'lk/duration',
          'color/css',
          'fontFamily/css',
          'cubicBezier/css',
          'shadow/css/shorthand',
        ],
      },
    },
  });
  const { allTokens } = await sd.getPlatformTokens('css');
  return allTokens.map((token: TransformedToken) => {
    const path = token.path;
    // Focus-area accents are published under the accent names they remap.
    const cssPath = path[0] === 'focus-area' ? ['color', ...path.slice(2)] : path;
    return {
      path,
      cssVariable: cssName(cssPath),
      type: String(token.$type),
      value: token.$value as string | number,
      reference: referenceOf(token.original.$value),
      description: token.$description ?? '',
      file: token.filePath.slice(tokensDir.length + 1),
    };
  });
}

const isFocusArea = (t: BuiltToken) => t.path[0] === 'focus-area';
const isSemantic = (t: BuiltToken) => t.file.startsWith('themes/');

function declarations(tokens: BuiltToken[], indent: string): string {
  return tokens
    .map((t) => {
      const value = t.reference ? `var(${cssName(t.reference.split('.'))})` : String(t.value);
      return `${indent}${t.cssVariable}: ${value};`;
    })
    .join('\n');
}

function nest(tokens: BuiltToken[], pick: (t: BuiltToken) => unknown, skip = 0) {
  const root: Record<string, unknown> = {};
  for (const t of tokens) {
    let node = root;
    const path = t.path.slice(skip);
    path.slice(0, -1).forEach((key) => {
      node = (node[key] ??= {}) as Record<string, unknown>;
    });
    node[path[path.length - 1] as string] = pick(t);
  }
  return root;
}

export async function build(
  tokensDir = join(packageDir, 'tokens'),
  outDir = join(packageDir, 'dist'),
) {
  validateTokens(tokensDir);
  const resolved = Object.fromEntries(
    await Promise.all(modes.map(async (m) => [m, await resolveMode(tokensDir, m)] as const)),
  ) as Record<Mode, BuiltToken[]>;
  const light = resolved.light.filter((t) => !isFocusArea(t));
  const dark = resolved.dark.filter((t) => !isFocusArea(t));
  const areaIds = [...new Set(resolved.light.filter(isFocusArea).map((t) => t.path[1] as string))];
  const areaTokens = (mode: Mode, id: string) =>
    resolved[mode].filter((t) => isFocusArea(t) && t.path[1] === id);

  rmSync(outDir, { recursive: true, force: true });
  for (const dir of ['css', 'scss', 'js', 'json', 'tailwind'])
    mkdirSync(join(outDir, dir), { recursive: true });

  const header = (comment: string) =>
    `${comment} @ljungby/design-tokens — generated from tokens/*.json; do not edit by hand.\n`;

  // CSS: tokens on :root and :host (so they reach into shadow roots), themes and focus areas as
  // data attributes, all in the first cascade layer so that any site or component rule wins.
  const darkSemantic = dark.filter(isSemantic);
  const lightSemantic = light.filter(isSemantic);
  const areaSelectors = (id: string, scheme: string) =>
    `[data-color-scheme="${scheme}"][data-focus-area="${id}"],\n  [data-color-scheme="${scheme}"] [data-focus-area="${id}"]`;
  const css = [
    header('/*').replace(/\n$/, ' */\n'),
    '@layer lk.tokens, lk.base, lk.components;\n',
    '@layer lk.tokens {',
    `  :root,\n  :host {\n${declarations(light, '    ')}\n  }\n`,
    `  [data-color-scheme="light"] {\n    color-scheme: light;\n${declarations(lightSemantic, '    ')}\n  }\n`,
    `  [data-color-scheme="dark"] {\n    color-scheme: dark;\n${declarations(darkSemantic, '    ')}\n  }\n`,
    `  @media (prefers-color-scheme: dark) {\n    [data-color-scheme="auto"] {\n      color-scheme: dark;\n${declarations(darkSemantic, '      ')}\n    }\n  }\n`,
    ...areaIds.map(
      (id) =>
        `  [data-focus-area="${id}"] {\n${declarations(areaTokens('light', id), '    ')}\n  }\n`,
    ),
    ...areaIds.map(
      (id) =>
        `  ${areaSelectors(id, 'dark')} {\n${declarations(areaTokens('dark', id), '    ')}\n  }\n`,
    ),
    `  @media (prefers-color-scheme: dark) {\n${areaIds
      .map(
        (id) =>
          `    ${areaSelectors(id, 'auto').replace('\n  ', '\n    ')} {\n${declarations(areaTokens('dark', id), '      ')}\n    }`,
      )
      .join('\n')}\n  }`,
    '}\n',
  ].join('\n');
  writeFileSync(join(outDir, 'css/tokens.css'), css);

  // JSON: resolved values, nested, per mode; focus areas as their accent sets.
  const focusAreas = Object.fromEntries(
    areaIds.map((id) => [
      id,
      Object.fromEntries(modes.map((m) => [m, nest(areaTokens(m, id), (t) => t.value, 2)])),
    ]),
  );
  const values = { light: nest(light, (t) => t.value), dark: nest(dark, (t) => t.value) };
  const json = { ...values, focusAreas };
  writeFileSync(join(outDir, 'json/tokens.json'), `${JSON.stringify(json, null, 2)}\n`);

  // A flat catalogue for documentation: every token with its layer, variable and both values.
  const darkByPath = new Map(resolved.dark.map((t) => [t.path.join('.'), t]));
  const catalog = resolved.light.map((t) => {
    const d = darkByPath.get(t.path.join('.'));
    const layer = t.file === 'brand.json' ? 'brand' : t.file.split('/')[0];
    return {
      path: t.path.join('.'),
      cssVariable: t.cssVariable,
      type: t.type,
      layer,
      description: t.description,
      light: { value: t.value, reference: t.reference },
      dark: d ? { value: d.value, reference: d.reference } : undefined,
    };
  });
  writeFileSync(join(outDir, 'json/catalog.json'), `${JSON.stringify(catalog, null, 2)}\n`);
  copyFileSync(join(packageDir, 'pairings.json'), join(outDir, 'json/pairings.json'));

  // JS/TS: var() references for styling in JS, resolved values for charts and canvas.
  const tokens = nest(light, (t) => `var(${t.cssVariable})`);
  const cssVariables = Object.fromEntries(light.map((t) => [t.path.join('.'), t.cssVariable]));
  const exportsJs: [string, unknown, string][] = [
    ['tokens', tokens, 'Every token as a `var(--lk-…)` reference: follows theme and focus area.'],
    ['values', values, 'Resolved values per colour scheme, for canvas, charts and e-mail.'],
    ['focusAreas', focusAreas, 'The accent set of each focus area per colour scheme.'],
    ['focusAreaIds', areaIds, 'The focus-area ids that `data-focus-area` accepts.'],
    ['cssVariables', cssVariables, 'Token path → custom property name.'],
  ];
  const body = exportsJs.map(
    ([n, v, doc]) => `/** ${doc} */\nexport const ${n} = ${JSON.stringify(v, null, 2)};\n`,
  );
  writeFileSync(join(outDir, 'js/index.js'), header('//') + body.join('\n'));
  writeFileSync(
    join(outDir, 'js/index.cjs'),
    `${header('//')}'use strict';\n${exportsJs
      .map(([n, v]) => `exports.${n} = ${JSON.stringify(v, null, 2)};\n`)
      .join('')}`,
  );
  const dts =
    header('//') +
    exportsJs
      .map(
        ([n, v, doc]) =>
          `/** ${doc} */\nexport declare const ${n}: ${n === 'focusAreaIds' ? `readonly ${JSON.stringify(v).replace(/^\[/, '[').replace(/,/g, ', ')}` : JSON.stringify(v, null, 2)};\n`,
      )
      .join('\n') +
    `/** A focus-area id. */\nexport type FocusAreaId = (typeof focusAreaIds)[number];\n` +
    `/** A colour scheme for \`data-color-scheme\`. */\nexport type ColorScheme = 'light' | 'dark' | 'auto';\n` +
    `/** A token path such as \`color.text.default\`. */\nexport type TokenPath = keyof typeof cssVariables;\n`;
  writeFileSync(join(outDir, 'js/index.d.ts'), dts);
  writeFileSync(join(outDir, 'js/index.d.cts'), dts);

  // SCSS: resolved light values as variables, and maps for dark mode and the focus areas.
  const scssMap = (tokens: BuiltToken[], indent: string) =>
    `(\n${tokens.map((t) => `${indent}  '${t.cssVariable.slice(2 + prefix.length + 1)}': ${t.value},`).join('\n')}\n${indent})`;
  const scss = [
    header('//'),
    '// Resolved light-mode values. For theming at run time use the CSS custom properties',
    '// (`var(--lk-…)`), which follow data-color-scheme and data-focus-area.',
    ...light.map((t) => `$${t.cssVariable.slice(2)}: ${t.value};`),
    '',
    '// Semantic colours in dark mode.',
    `$lk-dark: ${scssMap(darkSemantic, '')};`,
    '',
    '// Accent sets of the focus areas.',
    `$lk-focus-areas: (\n${areaIds
      .map(
        (id) =>
          `  '${id}': (\n${modes.map((m) => `    '${m}': ${scssMap(areaTokens(m, id), '    ')},`).join('\n')}\n  ),`,
      )
      .join('\n')}\n);`,
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'scss/_tokens.scss'), scss);

  // Tailwind v4: `@theme inline` so utilities read the --lk-* variables and follow themes.
  const tw = (ns: string, group: string, t: BuiltToken) =>
    `  --${ns}-${prefix}-${t.path.slice(group.split('.').length).join('-')}: var(${t.cssVariable});`;
  const starts = (t: BuiltToken, p: string) => t.path.join('.').startsWith(`${p}.`);
  const twLines = [
    ...light.filter((t) => t.type === 'color').map((t) => tw('color', 'color', t)),
    ...light.filter((t) => starts(t, 'space')).map((t) => tw('spacing', 'space', t)),
    ...light.filter((t) => starts(t, 'font.size')).map((t) => tw('text', 'font.size', t)),
    ...light.filter((t) => starts(t, 'font.family')).map((t) => tw('font', 'font.family', t)),
    ...light
      .filter((t) => starts(t, 'font.weight'))
      .map((t) => tw('font-weight', 'font.weight', t)),
    ...light
      .filter((t) => starts(t, 'font.line-height'))
      .map((t) => tw('leading', 'font.line-height', t)),
    ...light.filter((t) => starts(t, 'radius')).map((t) => tw('radius', 'radius', t)),
    ...light.filter((t) => starts(t, 'shadow')).map((t) => tw('shadow', 'shadow', t)),
    ...light.filter((t) => starts(t, 'easing')).map((t) => tw('ease', 'easing', t)),
    // Media queries cannot read custom properties, so breakpoints carry their values.
    ...light
      .filter((t) => starts(t, 'breakpoint'))
      .map((t) => `  --breakpoint-${prefix}-${t.path.slice(1).join('-')}: ${t.value};`),
  ];
  writeFileSync(
    join(outDir, 'tailwind/theme.css'),
    `${header('/*').replace(/\n$/, ' */\n')}/* Use after \`@import "tailwindcss";\` together with @ljungby/design-tokens/css. */\n@theme inline {\n${twLines.join('\n')}\n}\n`,
  );
  return { light, dark, areaIds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const tokensDir = process.argv[2] ?? join(packageDir, 'tokens');
  const outDir = process.argv[3] ?? join(packageDir, 'dist');
  try {
    const { light } = await build(tokensDir, outDir);
    const size = readFileSync(join(outDir, 'css/tokens.css')).length;
    console.log(
      `design-tokens: ${light.length} tokens, tokens.css ${size} bytes, in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    if (error instanceof TokenSourceError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
