// The one loader for a text that exists in every locale (content/<folder>/<locale>.md): reads
// both files, compares their fields, checks placeholders, the frontmatter, the long text and
// (in Swedish) readability. Focus areas, the vision and the collaboration all load through it.
import type { z } from 'zod';
import { locales } from '../../src/ids.ts';
import type { WordLimit } from '../../src/limits.ts';
import type { Block, Locale } from '../../src/types.ts';
import { checkLix, checkPlaceholders, compareFields, longText } from './checks.ts';
import { contentFile, readMarkdown, type MarkdownFile } from './files.ts';
import { parseWith, type Problems } from './problems.ts';

export interface LocaleText<T> {
  fm: T;
  long: Block[];
  file: string;
}

/** Per locale, the parsed text; a locale is absent when its file has problems. */
export type LocalePair<T> = Partial<Record<Locale, LocaleText<T>>>;

export function loadLocalePair<S extends z.ZodType<{ summary: { short: string; medium: string } }>>(
  root: string,
  folder: string[],
  schema: S,
  textLimit: WordLimit,
  problems: Problems,
): LocalePair<z.infer<S>> {
  const files = Object.fromEntries(
    locales.map((l) => [l, contentFile(...folder, `${l}.md`)]),
  ) as Record<Locale, string>;
  const raw = Object.fromEntries(
    locales.map((l) => [l, readMarkdown(root, files[l], problems)]),
  ) as Record<Locale, MarkdownFile | undefined>;
  for (const a of locales) {
    for (const b of locales) {
      const [ra, rb] = [raw[a], raw[b]];
      if (a !== b && ra && rb) compareFields(ra.data, rb.data, files[a], files[b], problems);
    }
  }
  const out: LocalePair<z.infer<S>> = {};
  for (const locale of locales) {
    const md = raw[locale];
    if (!md) continue;
    checkPlaceholders({ ...(md.data as object), text: md.body }, files[locale], problems);
    const fm = parseWith(schema, md.data, files[locale], problems);
    const long = longText(md, files[locale], textLimit, problems);
    if (fm === undefined) continue;
    if (locale === 'sv') checkLix(fm.summary, files[locale], problems);
    out[locale] = { fm, long, file: files[locale] };
  }
  return out;
}
