// JS/TS: var() references for styling in JS, resolved values for charts and canvas; ESM, CJS and
// the declarations for both.
import { header, nest, type TokenSet } from '../model.ts';
import { values } from './json.ts';

function exportsOf(set: TokenSet): [string, unknown, string][] {
  const { light, dark, focusAreas } = values(set);
  const tokens = nest(set.light, (t) => `var(${t.cssVariable})`);
  const cssVariables = Object.fromEntries(set.light.map((t) => [t.path.join('.'), t.cssVariable]));
  return [
    ['tokens', tokens, 'Every token as a `var(--lk-…)` reference: follows theme and focus area.'],
    [
      'values',
      { light, dark },
      'Resolved values per colour scheme, for canvas, charts and e-mail.',
    ],
    ['focusAreas', focusAreas, 'The accent set of each focus area per colour scheme.'],
    ['focusAreaIds', set.areaIds, 'The focus-area ids that `data-focus-area` accepts.'],
    ['cssVariables', cssVariables, 'Token path → custom property name.'],
  ];
}

export const esm = (set: TokenSet) =>
  header('//') +
  exportsOf(set)
    .map(([n, v, doc]) => `/** ${doc} */\nexport const ${n} = ${JSON.stringify(v, null, 2)};\n`)
    .join('\n');

export const cjs = (set: TokenSet) =>
  `${header('//')}'use strict';\n${exportsOf(set)
    .map(([n, v]) => `exports.${n} = ${JSON.stringify(v, null, 2)};\n`)
    .join('')}`;

export const dts = (set: TokenSet) =>
  header('//') +
  exportsOf(set)
    .map(
      ([n, v, doc]) =>
        `/** ${doc} */\nexport declare const ${n}: ${n === 'focusAreaIds' ? `readonly ${JSON.stringify(v).replace(/,/g, ', ')}` : JSON.stringify(v, null, 2)};\n`,
    )
    .join('\n') +
  `/** A focus-area id. */\nexport type FocusAreaId = (typeof focusAreaIds)[number];\n` +
  `/** A colour scheme for \`data-color-scheme\`. */\nexport type ColorScheme = 'light' | 'dark' | 'auto';\n` +
  `/** A token path such as \`color.text.default\`. */\nexport type TokenPath = keyof typeof cssVariables;\n`;
