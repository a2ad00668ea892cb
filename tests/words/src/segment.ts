// What the readers give the checks: the words of a file as segments, each one run of text a reader
// sees (a paragraph, a heading, a table cell, a string in a words table, a YAML value), in one
// language, with where it lies in the file so that a fault can name its line.
import type { Audience, Source } from '../sources.ts';

export type Locale = 'sv' | 'en';
export const locales: readonly Locale[] = ['sv', 'en'];

export interface Segment {
  /** The file, from the repository root. */
  file: string;
  /** The text as a reader sees it: no Markdown marks, no code. */
  text: string;
  /** Where the text lies in the file (offsets into the raw file). */
  start: number;
  end: number;
  lang: Locale;
  audience: Audience;
  /** A UI string (a label, a button): counted as one sentence by LIX, whatever its punctuation. */
  label: boolean;
  /** The readability unit the segment belongs to (a page, a words table): LIX is per unit. */
  unit: string;
}

/** One language's words in a words table, by key path, for the parity check. */
export interface TableSide {
  lang: Locale;
  /** Key paths of the leaves (strings, functions, lists), e.g. `ways.embed.title`, and where each is. */
  keys: Map<string, number>;
  /** Offset of the `sv:`/`en:` key in the file. */
  at: number;
}

export interface WordsTable {
  /** The table's own key path in the file, e.g. `strings` or `formatUse.square`. */
  name: string;
  /** Offset of the object that holds the languages. */
  at: number;
  sides: TableSide[];
}

export interface ReadFile {
  path: string;
  raw: string;
  source: Source;
  segments: Segment[];
  /** The languages the file holds (for the parity check of files). */
  languages: Set<Locale>;
  tables: WordsTable[];
  /** The headings of a Markdown file, per language: a page and its twin have the same parts. */
  headings?: Partial<Record<Locale, { text: string; at: number }[]>>;
  /** Problems met while reading (e.g. a bilingual file without its English part). */
  problems: { at: number; rule: string; message: string }[];
}

/** The 1-based line of an offset in a text. */
export function lineAt(raw: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < raw.length; i += 1) if (raw.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Where in the file a piece of a segment's text is: exact when the segment is the file's text
 * verbatim, otherwise the first occurrence of the piece in the segment's region at or after the
 * same share of the way through it (Markdown marks and YAML folding move the text a little).
 */
export function offsetInFile(raw: string, segment: Segment, at: number, piece: string): number {
  const region = raw.slice(segment.start, segment.end);
  if (region === segment.text) return segment.start + at;
  const share = segment.text.length === 0 ? 0 : at / segment.text.length;
  const from = Math.max(0, Math.floor(share * region.length) - 40);
  const found = region.indexOf(piece, from);
  const anywhere = found >= 0 ? found : region.indexOf(piece);
  return segment.start + (anywhere >= 0 ? anywhere : 0);
}
