// One rule of the prose linter: wrong forms and the better wording, in one language, for one
// audience, with where the rule is written (the tone guide's tables, the glossary, the status).
import type { Locale } from '../segment.ts';

export interface WordRule {
  /** The rule's name in a fault: `tone/du`, `names/Sydvatten AB`, `status/packages`. */
  id: string;
  lang: Locale;
  /** `all` texts, or the partner pages only (communicators). */
  scope: 'all' | 'communicators';
  /** Regular expressions (source, no flags) for the wrong forms; matched with the u flag. */
  patterns: string[];
  better: string;
  /** Where the rule is written, e.g. `apps/site/src/content/guidelines/sv/ton-och-sprak.md:62`. */
  from: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * A form as a pattern: whole words, any space between words, and not inside quotation marks
 * (”ni” is a mention of the word, not a use of it) nor part of an address or a path. Any case,
 * except that a form written with a capital ("Visa berättelsen på …", a title) needs its capital.
 */
export function formPattern(form: string): string {
  const words = form.trim().split(/\s+/u).map(escape).join('\\s+');
  const first = words.charAt(0);
  const cased = /\p{Lu}/u.test(first) ? `${first}(?i:${words.slice(1)})` : `(?i:${words})`;
  return `(?<![\\p{L}\\p{N}”“"'‘’/@.:-])${cased}(?![\\p{L}\\p{N}”“"'‘’/-])`;
}

/**
 * A name spelled letter for letter: any other case or spacing of it is wrong, the exact
 * spellings are right.
 */
export function namePattern(name: string, right: readonly string[]): string {
  const loose = escape(name).replace(/\\\//gu, '\\s*\\/\\s*').replace(/ /gu, '\\s*');
  const exact = right.map((r) => `${escape(r)}(?![\\p{L}\\p{N}])`).join('|');
  return `(?<![\\p{L}\\p{N}”“"'‘’/@.-])(?!${exact})(?i:${loose})(?![\\p{L}\\p{N}”“"'‘’/.-])`;
}
