// Builds every published format from the DTCG source. style-dictionary resolves references and
// transforms values per colour scheme; registered formats (build/formats/) then lay the schemes out in the
// shapes partners use (one CSS file with cascade layers and data-attribute themes, SCSS, JS/TS,
// JSON, Tailwind).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import type { Config, TransformedToken } from 'style-dictionary/types';
import { resolvedColorSchemes, type ResolvedColorScheme } from '../src/color-schemes.ts';
import { TokenSourceError, schemeSources, sourceFiles } from './sources.ts';
import { validateTokens } from './validate.ts';
import { formats } from './formats/index.ts';
import { cssName, tokenSet, type BuiltToken } from './model.ts';
import { tokensModule } from './tokens-module.ts';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

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

const config = (tokensDir: string, scheme: ResolvedColorScheme): Config => ({
  source: sourceFiles(tokensDir, schemeSources[scheme]),
  usesDtcg: true,
  log: { verbosity: 'silent', warnings: 'disabled' },
});

async function resolveScheme(
  tokensDir: string,
  scheme: ResolvedColorScheme,
): Promise<BuiltToken[]> {
  const sd = new StyleDictionary({
    ...config(tokensDir, scheme),
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

/** Every token of both colour schemes, resolved by style-dictionary. */
export async function resolveTokens(
  tokensDir: string,
): Promise<Record<ResolvedColorScheme, BuiltToken[]>> {
  // Each scheme is its own style-dictionary run (the themes redefine the same paths); the
  // formats then see both schemes at once, which one dictionary cannot hold.
  return Object.fromEntries(
    await Promise.all(
      resolvedColorSchemes.map(async (m) => [m, await resolveScheme(tokensDir, m)] as const),
    ),
  ) as Record<ResolvedColorScheme, BuiltToken[]>;
}

export async function build(
  tokensDir = join(packageDir, 'tokens'),
  outDir = join(packageDir, 'dist'),
) {
  validateTokens(tokensDir);
  const set = tokenSet(await resolveTokens(tokensDir));

  rmSync(outDir, { recursive: true, force: true });
  const writer = new StyleDictionary({
    ...config(tokensDir, 'light'),
    hooks: {
      formats: Object.fromEntries(formats.map((f) => [f.name, () => f.write(set)])),
    },
    platforms: {
      dist: {
        buildPath: `${outDir}/`,
        files: formats.flatMap((f) =>
          f.destinations.map((destination) => ({ destination, format: f.name })),
        ),
      },
    },
  });
  await writer.buildAllPlatforms();
  copyFileSync(join(packageDir, 'pairings.json'), join(outDir, 'json/pairings.json'));
  // The JS/TS API's values, beside dist/ (generated/ in the package), for tsup to build.
  const generated = join(outDir, '../generated');
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, 'tokens.ts'), tokensModule(set));
  return set;
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
