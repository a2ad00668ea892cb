// How problems are collected and worded. Every problem is collected, not just the first, and
// each message names the file, the field, what is wrong and what is expected, because the people
// who read them are communicators editing text files, not developers.
import type { z } from 'zod';

/** The problems found so far; every step appends to the same list. */
export type Problems = string[];

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `summary.short`, `photos[0].alt`: a field path as authors write it. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`))
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

/** Parses with a zod schema; each issue becomes a message naming the file and the field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  problems: Problems,
): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldName(issue.path);
    const value = valueAt(data, issue.path);
    const where = field ? `${file}: ${field}` : file;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(
          `${file}: ${field ? `${field}.` : ''}${key} is not a known field; check the spelling (see the README for the fields)`,
        );
      }
    } else if (
      value === undefined &&
      (issue.code === 'invalid_type' || issue.code === 'invalid_union')
    ) {
      // A missing field of either kind is "missing", never "is undefined".
      problems.push(`${where} is missing; ${issue.message.replace(/^Invalid input: /u, '')}`);
    } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
      problems.push(
        `${where} is ${describe(value)}; ${issue.message.replace(/^Invalid input: /u, '')}`,
      );
    } else if (issue.code === 'custom') {
      problems.push(`${where} ${issue.message}`);
    } else if (Array.isArray(value)) {
      problems.push(`${where} has ${value.length} item(s); ${issue.message}`);
    } else {
      problems.push(`${where} is ${describe(value)}; ${issue.message}`);
    }
  }
  return undefined;
}
