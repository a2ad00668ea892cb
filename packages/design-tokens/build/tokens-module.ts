// The data of the JS/TS API as a TypeScript module. build.ts writes it to generated/tokens.ts;
// src/index.ts re-exports it beside what derives from it (the colour schemes, paletteOf), and
// tsup builds that into dist/js as ESM, CJS and declarations.
import { header, nest, type TokenSet } from './model.ts';
import { values } from './formats/json.ts';

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

export const tokensModule = (set: TokenSet) =>
  header('//') +
  exportsOf(set)
    .map(
      ([name, value, doc]) =>
        `/** ${doc} */\nexport const ${name} = ${JSON.stringify(value, null, 2)} as const;\n`,
    )
    .join('\n') +
  `\n/** A focus-area id. */\nexport type FocusAreaId = (typeof focusAreaIds)[number];\n` +
  `/** A token path such as \`color.text.default\`. */\nexport type TokenPath = keyof typeof cssVariables;\n`;
