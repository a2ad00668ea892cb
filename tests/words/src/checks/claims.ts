// The claims check of the content (focus-content's scripts/lib/claims), over every file: each
// number must be a fact's value or a figure of the kit's own (a size with its unit, a version,
// a dimension), and each name of a place or an organisation must be in the glossary.
import { join } from 'node:path';
import { allowedNumbers } from '../../../../packages/focus-content/scripts/lib/claims/check.ts';
import {
  maskNames,
  namesIn,
  numbersIn,
} from '../../../../packages/focus-content/scripts/lib/claims/find.ts';
import { loadGlossary } from '../../../../packages/focus-content/scripts/lib/glossary.ts';
import type { Fault } from '../fault.ts';
import { kitFigures } from '../rules/kit-figures.ts';
import { knownNames } from '../rules/names.ts';
import { codeMark } from '../read/markdown.ts';
import { lineAt, offsetInFile, type ReadFile } from '../segment.ts';

const contentDir = 'packages/focus-content';

/**
 * Numbers that measure the kit itself rather than the place: a size, a duration or a share with
 * its unit, a version, a dimension or a ratio, an ISO date, a list's or a heading's own numbering.
 */
const number = String.raw`\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?`;
const unit = String.raw`(?:kB|MB|B|px|rem|em|ms|s|%|mm|dpi|pixlars?|pixels?|ord|words?|tecken|characters|rader|lines|bytes?|kärnor|cores?|core)`;
const technical = [
  /\bhttps?:\/\/(?:\S*[^\s.,;:!?)”"'’])?|\b[\w-]+(?:\.[\w-]+)+\/\S*[^\s.,;:!?)”"'’]/gu,
  // A measure with its unit, or a range or a list of them: "5 kB", "15–20 ord", "från 240 till
  // 1 600 px", "16 and 20 px".
  new RegExp(
    `(?:${number})(?:\\s?(?:[–-]|till|to|och|and|eller|or|,)\\s?(?:${number}))*[\\s-]?${unit}(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  /\b[vV]?\d+\.\d+(?:\.\d+)*(?:[-+][\w.]+)?/gu,
  /[≥≤<>]=?\s?\d+/gu,
  /\bversions?\s+\d+(?:\.\d+)*(?:\s*(?:,|och|and|eller|or|–)\s*\d+(?:\.\d+)*)*/giu,
  /\d+\s?[×x]\s?\d+/gu,
  /\d+:\d+(?![\p{L}])/gu,
  /\d{4}-\d{2}(?:-\d{2})?|(?<!\p{L})(?:ÅÅÅÅ|YYYY)-MM-DD(?!\p{L})/gu,
  // A file name: "LICENSE-FONT.txt", "README.md".
  /\b[\w-]+\.(?:txt|md|mdx|json|js|cjs|mjs|ts|tsx|css|html|yml|yaml|svg|png|pdf|pptx|zip)\b/gu,
  // A value given in parentheses right after code: "`headingLevel` (2)".
  new RegExp(`${codeMark}\\s?\\(\\d+\\)`, 'gu'),
];

/** The text with technical numbers blanked, keeping offsets; a heading's "1. " numbering too. */
function maskTechnical(text: string, products: readonly string[]): string {
  let out = text.replace(/^\d+\.\s/u, (m) => ' '.repeat(m.length));
  // A product's version: "Node 24", "React 18", "Tailwind v4", "WCAG 2.2".
  const v = String.raw`v?\d+(?:\.\d+)*`;
  for (const name of products) {
    const version = new RegExp(
      `(?<![\\p{L}])${escape(name)}\\s+${v}(?:\\s*(?:,|och|and|eller|or|–)\\s*${v})*`,
      'gu',
    );
    out = out.replace(version, (m) => m.replace(/\d/gu, '_'));
  }
  for (const pattern of technical) out = out.replace(pattern, (m) => m.replace(/\S/gu, '_'));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Places where a new sentence starts without a full stop, marked with one (same length): each
 * half of a title in two languages ("Säkerhet / Security"), each step of a menu path ("Lägg till
 * → Bädda in kod"), a translation in brackets after a quotation, a sentence after code that
 * ended one.
 */
const markStarts = (text: string) =>
  text
    .replace(/ [/→] (?=\p{Lu})/gu, ' . ')
    .replace(/(?<=[”"’]\s+)\((?=\p{Lu})/gu, '.')
    .replace(new RegExp(`(?<=${codeMark}) (?=\\p{Lu})`, 'gu'), '.');

/** A label that is one number word ("Fyra") is a word in a list of words, not a figure. */
const loneWord = (text: string) => /^\p{L}+$/u.test(text.trim());

export function checkClaims(root: string, files: readonly ReadFile[]): Fault[] {
  const faults: Fault[] = [];
  const { glossary, problems } = loadGlossary(join(root, contentDir));
  for (const p of problems) {
    const file = `${contentDir}/${p.split(':')[0] ?? ''}`;
    faults.push({ file, line: 1, rule: 'claims/glossary', message: p });
  }
  const known = knownNames(root, glossary.names);
  const allowed = new Set([...allowedNumbers(join(root, contentDir)), ...kitFigures()]);
  for (const file of files) {
    for (const segment of file.segments) {
      // Names with digits first ("CC BY 4.0", "EN 301 549"), then versions and measures, then
      // the other names, so that "Node" stays readable for "Node 24".
      const withDigits = maskNames(markStarts(segment.text), known.namesWithDigits);
      const masked = maskNames(maskTechnical(withDigits, known.products), known.names);
      const at = (offset: number, piece: string) =>
        lineAt(file.raw, offsetInFile(file.raw, segment, offset, piece));
      const numbers = file.source.claims === 'names' ? [] : numbersIn(masked);
      for (const n of numbers) {
        if (allowed.has(n.value) || (segment.label && loneWord(segment.text))) continue;
        // Developers' docs count their own things in words ("två kommandon"); digits still count.
        if (segment.audience === 'developers' && !/\d/u.test(n.text)) continue;
        faults.push({
          file: file.path,
          line: at(n.at, n.text),
          rule: 'claims/number',
          message: `the number "${n.text}" is not the value of any fact in content/facts.yaml (nor a figure in content/kit.yaml)`,
          better: 'add the fact with its source, or correct the number',
        });
      }
      // A quotation or bold text is a title or a label (a menu, a button), shown as one.
      // Its words are blanked; its full stops and colons still end the sentence before the next.
      const unquoted = masked.replace(/”[^”]*”|“[^“”]*”|"[^"]*"/gu, (q) =>
        q.replace(/[^\s.!?:]/gu, ' '),
      );
      for (const name of namesIn(unquoted)) {
        if (name.text.length < 2) continue; // a letter: A4, Ctrl+C, status U
        faults.push({
          file: file.path,
          line: at(name.at, name.text),
          rule: 'claims/name',
          message: `"${name.text}" looks like a name but is in neither content/glossary.yaml (places, organisations) nor tests/words/terms.yaml (products, abbreviations)`,
          better:
            'add it with its source to the one it belongs in, or write it in lower case if it is not a name',
        });
      }
    }
  }
  return faults;
}
