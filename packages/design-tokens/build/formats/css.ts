// CSS: tokens on :root and :host (so they reach into shadow roots), themes and focus areas as
// data attributes, all in the first cascade layer so that any site or component rule wins.
import { cssName, header, isSemantic, type BuiltToken, type TokenSet } from '../model.ts';

function declarations(tokens: BuiltToken[], indent: string): string {
  return tokens
    .map((t) => {
      const value = t.reference ? `var(${cssName(t.reference.split('.'))})` : String(t.value);
      return `${indent}${t.cssVariable}: ${value};`;
    })
    .join('\n');
}

export function css({ light, dark, areaIds, areaTokens }: TokenSet): string {
  const darkSemantic = dark.filter(isSemantic);
  const lightSemantic = light.filter(isSemantic);
  const areaSelectors = (id: string, scheme: string) =>
    `[data-color-scheme="${scheme}"][data-focus-area="${id}"],\n  [data-color-scheme="${scheme}"] [data-focus-area="${id}"]`;
  return [
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
}
