// The published formats, each a style-dictionary format under the `lk/` name and the file it
// writes (relative to dist/). build.ts registers them through `hooks.formats`. The JS/TS API is
// built by tsup from src/ and the module that build.ts writes (tokens-module.ts).
import type { TokenSet } from '../model.ts';
import { css } from './css.ts';
import { catalog, json } from './json.ts';
import { scss } from './scss.ts';
import { tailwind } from './tailwind.ts';

export const formats: { name: string; destinations: string[]; write: (set: TokenSet) => string }[] =
  [
    { name: 'lk/css', destinations: ['css/tokens.css'], write: css },
    { name: 'lk/json', destinations: ['json/tokens.json'], write: json },
    { name: 'lk/catalog', destinations: ['json/catalog.json'], write: catalog },
    { name: 'lk/scss', destinations: ['scss/_tokens.scss'], write: scss },
    { name: 'lk/tailwind', destinations: ['tailwind/theme.css'], write: tailwind },
  ];
