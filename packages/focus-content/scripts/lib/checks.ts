// Checks that look across fields rather than at one: the two languages against each other,
// placeholders anywhere, the long text's words and the readability of the Swedish summaries.
import type { Block } from '../../src/types.ts';
import { lixLimit, type WordLimit } from '../../src/limits.ts';
import type { MarkdownFile } from './files.ts';
import { markdownToBlocks, plainText } from './markdown.ts';
import { fieldName, type Problems } from './problems.ts';
import { countWords, findPlaceholder, lix } from './text.ts';

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * Fields present in `a` (one language's file) but missing or empty in `b` (the other's). Called
 * both ways, so that a field only the English file has is reported as well.
 */
export function compareFields(
  a: unknown,
  b: unknown,
  aFile: string,
  bFile: string,
  problems: Problems,
  path: PropertyKey[] = [],
): void {
  if (!isObject(a)) return;
  if (b === null || b === undefined) {
    problems.push(
      `${bFile}: ${fieldName(path)} is empty, but ${aFile} has it; both languages need the same fields`,
    );
    return;
  }
  if (!isObject(b)) return;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) {
        problems.push(
          `${bFile}: ${fieldName(path)} has ${b.length} items but ${aFile} has ${a.length}; both languages need the same items`,
        );
      }
      a.slice(0, b.length).forEach((item, i) => {
        compareFields(item, b[i], aFile, bFile, problems, [...path, i]);
      });
    }
    return;
  }
  for (const key of Object.keys(a)) {
    const here = [...path, key];
    if (!(key in b)) {
      problems.push(
        `${bFile}: ${fieldName(here)} is missing; ${aFile} has it, and every field must exist in both languages`,
      );
    } else {
      compareFields(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        aFile,
        bFile,
        problems,
        here,
      );
    }
  }
}

/** Placeholder words (lorem, TODO, TBD, XXX, FIXME) in any value or field name. */
export function checkPlaceholders(
  value: unknown,
  file: string,
  problems: Problems,
  path: PropertyKey[] = [],
): void {
  if (typeof value === 'string') {
    const found = findPlaceholder(value);
    if (found) {
      problems.push(
        `${file}: ${fieldName(path) || 'the text'} contains the placeholder "${found}"; write the real text`,
      );
    }
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const keyFound = Array.isArray(value) ? undefined : findPlaceholder(k);
      if (keyFound) {
        problems.push(
          `${file}: ${fieldName([...path, k])} is a placeholder field name ("${keyFound}"); use a real name`,
        );
      }
      checkPlaceholders(v, file, problems, [...path, Array.isArray(value) ? Number(k) : k]);
    }
  }
}

/** The long text after the frontmatter as blocks, within its word limit. */
export function longText(
  md: MarkdownFile,
  file: string,
  { min, max }: WordLimit,
  problems: Problems,
): Block[] {
  const { blocks, problems: mdProblems } = markdownToBlocks(md.body);
  for (const p of mdProblems) {
    problems.push(`${file}: the text (line ${p.line + md.bodyLine - 1}) ${p.message}`);
  }
  const n = countWords(plainText(blocks));
  if (n > max || n < min) {
    problems.push(
      `${file}: the text after the frontmatter has ${n} words; ${n > max ? `at most ${max}` : `at least ${min}`}`,
    );
  }
  return blocks;
}

/** Swedish short and medium texts must read easily (klarspråk): LIX below the limit. */
export function checkLix(
  summary: { short: string; medium: string },
  file: string,
  problems: Problems,
): void {
  for (const length of ['short', 'medium'] as const) {
    const value = lix(summary[length]);
    if (value >= lixLimit) {
      problems.push(
        `${file}: summary.${length} has LIX ${value.toFixed(1)}; it must be below ${lixLimit}. Use shorter sentences and shorter words`,
      );
    }
  }
}
