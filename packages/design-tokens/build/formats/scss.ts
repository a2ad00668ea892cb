// SCSS: resolved light values as variables, and maps for dark mode and the focus areas.
import { header, isSemantic, prefix, type BuiltToken, type TokenSet } from '../model.ts';
import { resolvedColorSchemes } from '../../src/color-schemes.ts';

const scssMap = (tokens: BuiltToken[], indent: string) =>
  `(\n${tokens.map((t) => `${indent}  '${t.cssVariable.slice(2 + prefix.length + 1)}': ${t.value},`).join('\n')}\n${indent})`;

export const scss = ({ light, dark, areaIds, areaTokens }: TokenSet) =>
  [
    header('//'),
    '// Resolved light-mode values. For theming at run time use the CSS custom properties',
    '// (`var(--lk-…)`), which follow data-color-scheme and data-focus-area.',
    ...light.map((t) => `$${t.cssVariable.slice(2)}: ${t.value};`),
    '',
    '// Semantic colours in dark mode.',
    `$lk-dark: ${scssMap(dark.filter(isSemantic), '')};`,
    '',
    '// Accent sets of the focus areas.',
    `$lk-focus-areas: (\n${areaIds
      .map(
        (id) =>
          `  '${id}': (\n${resolvedColorSchemes.map((m) => `    '${m}': ${scssMap(areaTokens(m, id), '    ')},`).join('\n')}\n  ),`,
      )
      .join('\n')}\n);`,
    '',
  ].join('\n');
