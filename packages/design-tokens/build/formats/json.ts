// JSON: resolved values, nested, per mode, with the focus areas as their accent sets; and a flat
// catalogue for documentation with every token's layer, variable and both values.
import { nest, type TokenSet } from '../model.ts';
import { modes } from '../sources.ts';

/** The values the JSON and JS formats share. */
export function values({ light, dark, areaIds, areaTokens }: TokenSet) {
  const focusAreas = Object.fromEntries(
    areaIds.map((id) => [
      id,
      Object.fromEntries(modes.map((m) => [m, nest(areaTokens(m, id), (t) => t.value, 2)])),
    ]),
  );
  return { light: nest(light, (t) => t.value), dark: nest(dark, (t) => t.value), focusAreas };
}

export const json = (set: TokenSet) => `${JSON.stringify(values(set), null, 2)}\n`;

export function catalog({ resolved }: TokenSet): string {
  const darkByPath = new Map(resolved.dark.map((t) => [t.path.join('.'), t]));
  const entries = resolved.light.map((t) => {
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
  return `${JSON.stringify(entries, null, 2)}\n`;
}
