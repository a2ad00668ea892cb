import {
  areas,
  colorSchemes,
  defaults,
  headingLevels,
  languages,
  layouts,
  type Area,
  type ColorScheme,
  type HeadingLevel,
  type Language,
  type Layout,
} from './options';

export interface ResolvedOptions {
  area: Area;
  layout: Layout;
  lang: Language;
  colorScheme: ColorScheme;
  headingLevel: HeadingLevel;
}

const list = (values: readonly unknown[]) => values.map((v) => `"${String(v)}"`).join(', ');

/**
 * Reads the element's attributes. A bad value never throws: it falls back to the default and
 * adds a problem that names the attribute, what was wrong and what is expected, for the one
 * console warning the partner sees.
 */
export function readOptions(el: Element): { options: ResolvedOptions; problems: string[] } {
  const problems: string[] = [];
  const unsupported = (name: string, raw: string, fallback: unknown, allowed: readonly unknown[]) =>
    problems.push(
      `${name}="${raw}" is not supported; using ${String(fallback)}. Use one of ${list(allowed)}.`,
    );
  function pick<T extends string | number>(
    name: string,
    parse: (raw: string) => string | number,
    allowed: readonly T[],
    fallback: T,
  ): T {
    const raw = el.getAttribute(name);
    if (raw === null) return fallback;
    const value = parse(raw.trim());
    const found = allowed.find((a) => a === value);
    if (found !== undefined) return found;
    unsupported(name, raw, fallback, allowed);
    return fallback;
  }
  const lower = (s: string) => s.toLowerCase();
  const area = pick('area', lower, areas, defaults.area);
  const layout = pick('layout', lower, layouts, defaults.layout);
  const colorScheme = pick('color-scheme', lower, colorSchemes, defaults.colorScheme);
  const headingLevel = pick('heading-level', Number, headingLevels, defaults.headingLevel);

  // Language: the element's own lang, else the nearest ancestor's, else <html lang>, else sv.
  const primary = (tag: string | null | undefined) => tag?.trim().toLowerCase().split('-')[0] ?? '';
  const own = el.getAttribute('lang');
  let lang: Language = defaults.lang;
  const ownLang = primary(own);
  if (own !== null && (languages as readonly string[]).includes(ownLang)) {
    lang = ownLang as Language;
  } else {
    if (own !== null) unsupported('lang', own, "the page's language or sv", languages);
    const inherited = primary(el.parentElement?.closest('[lang]')?.getAttribute('lang'));
    if ((languages as readonly string[]).includes(inherited)) lang = inherited as Language;
  }
  return { options: { area, layout, lang, colorScheme, headingLevel }, problems };
}
