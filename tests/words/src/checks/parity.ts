// Swedish and English, both ways: every page, file and words table has its twin, with the same
// parts (a page's headings, a table's keys). Swedish is the source, so a fault about English
// names the Swedish it should follow, and the reverse.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault } from '../fault.ts';
import { twinPath } from '../read/language.ts';
import { oneLanguage } from '../read/words-table.ts';
import { lineAt, locales, type Locale, type ReadFile } from '../segment.ts';

const languageName: Record<Locale, string> = { sv: 'Swedish', en: 'English' };
const other = (l: Locale): Locale => (l === 'sv' ? 'en' : 'sv');

function tableFaults(file: ReadFile): Fault[] {
  const faults: Fault[] = [];
  for (const table of file.tables) {
    const name = table.name || 'the table';
    for (const lang of locales) {
      const side = table.sides.find((s) => s.lang === lang);
      const twin = table.sides.find((s) => s.lang === other(lang));
      if (!twin) continue;
      if (!side) {
        faults.push({
          file: file.path,
          line: lineAt(file.raw, twin.at),
          rule: 'parity',
          message: `${name} has ${twin.lang} words but no ${lang}`,
          better: `add the ${languageName[lang]} twin of every string`,
        });
        continue;
      }
      // Named where the words without a twin are, so that the author who just wrote them sees it.
      for (const [key, at] of twin.keys) {
        if (side.keys.has(key) || key.startsWith(oneLanguage)) continue;
        faults.push({
          file: file.path,
          line: lineAt(file.raw, at),
          rule: 'parity',
          message: `${name}.${lang} lacks "${key}", which ${name}.${twin.lang} has`,
          better: `add the ${languageName[lang]} words for "${key}"`,
        });
      }
    }
  }
  return faults;
}

function headingFaults(file: ReadFile, twin: ReadFile | undefined, lang: Locale): Fault[] {
  const own = file.headings?.[lang] ?? [];
  const theirs = (twin ?? file).headings?.[other(lang)] ?? [];
  if (lang !== 'sv' || own.length === theirs.length) return [];
  const where = twin ? twin.path : `the English part of ${file.path}`;
  return [
    {
      file: file.path,
      line: lineAt(file.raw, own[0]?.at ?? 0),
      rule: 'parity',
      message: `the Swedish has ${own.length} headings, ${where} has ${theirs.length}`,
      better: 'the same parts in both languages: translate the missing sections',
    },
  ];
}

export function checkParity(root: string, files: readonly ReadFile[]): Fault[] {
  const faults: Fault[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const file of files) {
    faults.push(...tableFaults(file));
    for (const p of file.problems.filter((x) => x.rule === 'parity')) {
      faults.push({
        file: file.path,
        line: lineAt(file.raw, p.at),
        rule: p.rule,
        message: p.message,
      });
    }
    const { language, twin: declared } = file.source;
    if (language === 'path' || language === 'sv' || language === 'en') {
      const twinFile = language === 'path' ? twinPath(file.path) : declared;
      if (!twinFile || !existsSync(join(root, twinFile))) {
        const lang = [...file.languages][0] ?? (language === 'en' ? 'en' : 'sv');
        faults.push({
          file: file.path,
          line: 1,
          rule: 'parity',
          message: `is ${languageName[lang]} only: it has no ${languageName[other(lang)]} twin${twinFile ? ` (${twinFile})` : ''}`,
          better: `write the ${languageName[other(lang)]} twin with the same parts`,
        });
        continue;
      }
      if (file.source.reader === 'markdown' && language === 'path') {
        const lang = [...file.languages][0];
        if (lang) faults.push(...headingFaults(file, byPath.get(twinFile), lang));
      }
    } else if (language === 'sv-then-en' && file.languages.size > 0) {
      if (!file.languages.has('sv')) {
        faults.push({
          file: file.path,
          line: 1,
          rule: 'parity',
          message: 'has no Swedish part before its English part',
          better: 'write the Swedish first, then the English under a heading "English"',
        });
      }
    }
  }
  return faults;
}
