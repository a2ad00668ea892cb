// The tone guide's own rules: the tables under a `<!-- word-rules: … -->` marker in
// ton-och-sprak.md, Swedish rules from the Swedish page and English from the English. The page
// partners read and the linter are one source; a row added there is a rule here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@textlint/markdown-to-ast';
import type { TxtNode, TxtParentNode, TxtTextNode } from '@textlint/ast-node-types';
import { lineAt, locales, type Locale } from '../segment.ts';
import { formPattern, type WordRule } from './word-rule.ts';

export const toneGuide = (lang: Locale) =>
  `apps/site/src/content/guidelines/${lang}/ton-och-sprak.md`;

const marker = /^<!--\s*word-rules:\s*(all|partner-pages)\s*-->$/u;

const textOf = (node: TxtNode): string =>
  node.type === 'Str' || node.type === 'Code'
    ? (node as TxtTextNode).value
    : ((node as Partial<TxtParentNode>).children ?? []).map(textOf).join('');

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/\(.*?\)/gu, '')
    .split(',')[0]
    ?.trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '') ?? '';

export interface RuleTable {
  lang: Locale;
  scope: WordRule['scope'];
  /** Offsets of the table in the file, so that the linter leaves the table itself alone. */
  start: number;
  end: number;
}

/** The rules and where their tables are, from both languages' tone guides. */
export function toneGuideRules(root: string): { rules: WordRule[]; tables: RuleTable[] } {
  const rules: WordRule[] = [];
  const tables: RuleTable[] = [];
  for (const lang of locales) {
    const file = toneGuide(lang);
    const raw = readFileSync(join(root, file), 'utf8');
    const children = parse(raw).children;
    children.forEach((node, i) => {
      const scopeName =
        node.type === 'Html' ? marker.exec((node as TxtTextNode).value.trim())?.[1] : undefined;
      const table = children[i + 1];
      if (!scopeName || table?.type !== 'Table') return;
      const scope = scopeName === 'all' ? 'all' : 'communicators';
      tables.push({ lang, scope, start: table.range[0], end: table.range[1] });
      for (const row of (table as TxtParentNode).children.slice(1)) {
        const [better, wrong] = (row as TxtParentNode).children.map((c) => textOf(c).trim());
        if (!better || !wrong) continue;
        rules.push({
          id: `tone/${slug(better)}`,
          lang,
          scope,
          patterns: wrong.split(/,\s*/u).filter(Boolean).map(formPattern),
          better,
          from: `${file}:${lineAt(raw, row.range[0])}`,
        });
      }
    });
  }
  return { rules, tables };
}
