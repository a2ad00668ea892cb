// The colours and type for designers, read from the design tokens' catalog (one home for every
// value); only the words around them are the site's.
import type { CatalogEntry } from '@ljungby/design-tokens';
import catalogJson from '@ljungby/design-tokens/catalog';
import type { Locale } from '@ljungby/focus-content';

const catalog = catalogJson as CatalogEntry[];

/** The brand ramps in the tokens' order, each with its steps. */
export function ramps() {
  const groups = new Map<string, { step: string; hex: string; variable: string }[]>();
  for (const t of catalog) {
    if (t.layer !== 'brand' || t.type !== 'color') continue;
    const [, ramp = '', step = ''] = t.path.split('.');
    const list = groups.get(ramp) ?? [];
    list.push({ step, hex: String(t.light.value), variable: t.cssVariable });
    groups.set(ramp, list);
  }
  return [...groups].map(([name, steps]) => ({ name, steps }));
}

/** The ramps' names in words, with where the colour comes from. */
export const rampWords: Record<Locale, Record<string, string>> = {
  sv: {
    lake: 'Sjöblå – sjön Bolmen och ån Lagan',
    forest: 'Skogsgrön – Smålands gran- och tallskogar',
    cabinet: 'Skåpröd – de röda sägenskåpen i Sagobygden',
    heather: 'Ljung – som blommande ljung',
    stone: 'Stengrå – granit och stenmurar; för text, ytor och kanter',
    white: 'Vit',
  },
  en: {
    lake: 'Lake blue – Lake Bolmen and the river Lagan',
    forest: 'Forest green – the spruce and pine forests of Småland',
    cabinet: 'Cabinet red – the red legend cabinets of Sagobygden',
    heather: 'Heather – like heather in bloom',
    stone: 'Stone grey – granite and stone walls; for text, surfaces and borders',
    white: 'White',
  },
};

/** The semantic colours (the names components use), light and dark. */
export const semanticColours = () =>
  catalog
    .filter((t) => t.layer === 'themes' && t.type === 'color')
    .map((t) => ({
      name: t.path.replace(/^color\./, ''),
      variable: t.cssVariable,
      light: String(t.light.value),
      dark: String(t.dark.value),
      description: t.description,
    }));

/** Each focus area's accent set, light and dark. */
export function areaAccents(area: string) {
  return catalog
    .filter((t) => t.layer === 'focus-areas' && t.path.startsWith(`focus-area.${area}.accent.`))
    .map((t) => ({
      name: t.path.split('.').pop() ?? '',
      light: String(t.light.value),
      dark: String(t.dark.value),
    }));
}

/** The font stacks: the first name is the one most readers see. */
export const fontStacks = () =>
  catalog
    .filter((t) => t.type === 'fontFamily')
    .map((t) => ({
      name: t.path.split('.').pop() ?? '',
      stack: String(t.light.value),
      description: t.description,
    }));
