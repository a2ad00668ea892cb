// JSON: resolved values, nested, per mode, with the focus areas as their accent sets; and a flat
// catalogue for documentation with every token's layer, variable and both values.
import type { CatalogEntry, CatalogLayer } from '../../src/catalog.ts';
import { nest, type TokenSet } from '../model.ts';
import { resolvedColorSchemes } from '../../src/color-schemes.ts';

/** The values the JSON and JS formats share. */
export function values({ light, dark, areaIds, areaTokens }: TokenSet) {
  const focusAreas = Object.fromEntries(
    areaIds.map((id) => [
      id,
      Object.fromEntries(
        resolvedColorSchemes.map((m) => [m, nest(areaTokens(m, id), (t) => t.value, 2)]),
      ),
    ]),
  );
  return { light: nest(light, (t) => t.value), dark: nest(dark, (t) => t.value), focusAreas };
}

export const json = (set: TokenSet) => `${JSON.stringify(values(set), null, 2)}\n`;

const layers: Record<string, CatalogLayer> = {
  'brand.json': 'brand',
  primitives: 'primitives',
  themes: 'themes',
  'focus-areas': 'focus-areas',
};

export function catalog({ resolved }: TokenSet): string {
  const darkByPath = new Map(resolved.dark.map((t) => [t.path.join('.'), t]));
  const entries = resolved.light.map((t): CatalogEntry => {
    const path = t.path.join('.');
    const d = darkByPath.get(path);
    const layer = layers[t.file.split('/')[0] ?? ''];
    // Both are guaranteed by the source checks (schemeSources, validate.ts); say so if not.
    if (!layer || !d) throw new Error(`catalog: ${t.file}: ${path} has no layer or no dark value`);
    return {
      path,
      cssVariable: t.cssVariable,
      type: t.type,
      layer,
      description: t.description,
      light: { value: t.value, reference: t.reference },
      dark: { value: d.value, reference: d.reference },
    };
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}
