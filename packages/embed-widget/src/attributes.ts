import {
  areas,
  colorSchemes,
  defaults,
  sectionHeadingLevels,
  locales,
  layouts,
  type Area,
  type ColorScheme,
  type SectionHeadingLevel,
  type Locale,
  type Layout,
} from './options';

export interface ResolvedOptions {
  area: Area;
  layout: Layout;
  lang: Locale;
  colorScheme: ColorScheme;
  headingLevel: SectionHeadingLevel;
}

/** The primary language subtag, lower-cased: `en-GB` → `en`. */
const primary = (tag: string | null | undefined) => tag?.trim().toLowerCase().split('-')[0] ?? '';

/**
 * Reads the element's attributes. A bad value never throws: it falls back to the default and
 * adds a problem that names the attribute, what was wrong and what is expected, for the one
 * console warning the partner sees.
 */
export function readOptions(el: Element): { options: ResolvedOptions; problems: string[] } {
  const problems: string[] = [];
  function read<T extends string | number>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = el.getAttribute(name);
    if (raw === null) return fallback;
    const wanted = name === 'lang' ? primary(raw) : raw.trim().toLowerCase();
    const found = allowed.find((a) => String(a) === wanted);
    if (found !== undefined) return found;
    const list = allowed.map((a) => `"${String(a)}"`).join(', ');
    problems.push(`${name}="${raw}" is not supported; using ${fallback}. Use one of ${list}.`);
    return fallback;
  }
  // The locale: the element's own lang, else the nearest ancestor's, else <html lang>, else sv.
  const inherited = primary(el.parentElement?.closest('[lang]')?.getAttribute('lang'));
  const options = {
    area: read('area', areas, defaults.area),
    layout: read('layout', layouts, defaults.layout),
    lang: read('lang', locales, locales.find((l) => l === inherited) ?? defaults.lang),
    colorScheme: read('color-scheme', colorSchemes, defaults.colorScheme),
    headingLevel: read('heading-level', sectionHeadingLevels, defaults.headingLevel),
  };
  return { options, problems };
}
