// The README's attribute tables (Swedish and English) are written for people, so they are
// prose; this keeps their values the element's own. A new focus area, layout or colour scheme
// that the README does not list fails here, naming the row to update.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choices } from '../src/options.ts';
import { packageDir } from './support/fixtures.ts';

const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

/** The values a table cell names: `a`, `b` or `c`, and ranges written `2`–`6`. */
function valuesIn(cell: string): string[] {
  const range = /^`(\d+)`–`(\d+)`/u.exec(cell);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
  // Not what the brackets explain: "`card` (kort) eller `story` (hela berättelsen …)".
  const list = cell.replace(/\([^)]*\)/gu, '');
  return [...list.matchAll(/`([^`]+)`/gu)].map((m) => m[1] ?? '');
}

describe("the README's attribute tables", () => {
  for (const { attribute, values, default: fallback } of choices) {
    it(`\`${attribute}\` lists the element's values and default, in both languages`, () => {
      const rows = readme.split('\n').filter((line) => line.startsWith(`| \`${attribute}\``));
      expect(rows, `README.md: rows for \`${attribute}\` (one per language)`).toHaveLength(2);
      for (const row of rows) {
        const [, , named = '', defaultCell = ''] = row.split('|').map((cell) => cell.trim());
        expect(valuesIn(named), `README.md: ${row}`).toEqual(values.map(String));
        expect(defaultCell, `README.md: ${row}`).toContain(`\`${String(fallback)}\``);
      }
    });
  }
});
