import { choices, type ResolvedOptions } from './options';

export type { ResolvedOptions };

/** The primary language subtag, lower-cased: `en-GB` → `en`. */
const primary = (tag: string | null | undefined) => tag?.trim().toLowerCase().split('-')[0] ?? '';

/**
 * Reads the element's attributes. A bad value never throws: it falls back to the default and
 * adds a problem that names the attribute, what was wrong and what is expected, for the one
 * console warning the partner sees.
 */
export function readOptions(el: Element): { options: ResolvedOptions; problems: string[] } {
  const problems: string[] = [];
  // The locale: the element's own lang, else the nearest ancestor's, else <html lang>, else sv.
  const inherited = primary(el.parentElement?.closest('[lang]')?.getAttribute('lang'));
  const options: Record<string, unknown> = {};
  for (const { option, attribute, values, default: preset, inherited: inherits } of choices) {
    /** The value of this choice that reads as `word`, if any. */
    const valueOf = (word: string | undefined) =>
      (values as readonly (string | number)[]).find((v) => String(v) === word);
    const fallback = (inherits && valueOf(inherited)) ?? preset;
    const raw = el.getAttribute(attribute);
    const found = valueOf(attribute === 'lang' ? primary(raw) : raw?.trim().toLowerCase());
    if (raw !== null && found === undefined) {
      const list = values.map((v) => `"${v}"`).join(', ');
      problems.push(
        `${attribute}="${raw}" is not supported; using ${fallback}. Use one of ${list}.`,
      );
    }
    options[option] = found ?? fallback;
  }
  return { options: options as unknown as ResolvedOptions, problems };
}
