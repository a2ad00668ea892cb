// Words tables in TypeScript and in Astro frontmatter: every object keyed by `sv` and `en`, read
// with the TypeScript parser (never run), so that each string keeps its line. A template's
// `${…}` parts are left out of the text. Strings outside such tables are code, not words.
import ts from 'typescript';
import type { Source } from '../../sources.ts';
import type { Locale, ReadFile, Segment, TableSide, WordsTable } from '../segment.ts';

const isLocale = (name: string): name is Locale => name === 'sv' || name === 'en';

function nameOf(node: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isNumericLiteral(node)) {
    return node.text;
  }
  return undefined;
}

/** The text of a string-like literal, or undefined for anything else. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  }
  return undefined;
}

/** A code, not words: an id or a locale code joined by `-` or `_` ("unga-vuxna", "sv_SE"). */
const isCode = (text: string) => /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+$/u.test(text);

/** Marks a key that is in one language on purpose, so that the parity check leaves it alone. */
export const oneLanguage = '(one language) ';

/** Unwraps `x as const`, `x satisfies T` and parentheses. */
function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isParenthesizedExpression(n)) {
    n = n.expression;
  }
  return n;
}

/**
 * The leaves under one language's value: their key paths and their strings. A function is a leaf
 * (its template strings are its words); so is a string.
 */
function leaves(
  node: ts.Expression,
  path: string,
  keys: Map<string, number>,
  strings: ts.Node[],
): void {
  const n = unwrap(node);
  if (ts.isObjectLiteralExpression(n)) {
    for (const p of n.properties) {
      if (ts.isPropertyAssignment(p)) {
        const name = nameOf(p.name) ?? '?';
        const key = path ? `${path}.${name}` : name;
        // A comment "one language: <why>" above a key says it has no twin on purpose.
        const source = p.getSourceFile().text;
        const comments = ts.getLeadingCommentRanges(source, p.getFullStart()) ?? [];
        const one = comments.some((c) => /one language:/u.test(source.slice(c.pos, c.end)));
        leaves(p.initializer, one ? `${oneLanguage}${key}` : key, keys, strings);
      }
    }
    return;
  }
  if (ts.isArrayLiteralExpression(n)) {
    n.elements.forEach((e, i) => {
      leaves(e, `${path}.${i}`, keys, strings);
    });
    return;
  }
  keys.set(path, node.getStart());
  const visit = (child: ts.Node): void => {
    if (literalText(child) !== undefined) strings.push(child);
    else ts.forEachChild(child, visit);
  };
  visit(n);
}

/** Reads the words tables of a TS text that starts at `offset` in its file. */
export function wordsTables(
  path: string,
  text: string,
  offset: number,
  source: Source,
): { segments: Segment[]; tables: WordsTable[] } {
  const sourceFile = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const segments: Segment[] = [];
  const tables: WordsTable[] = [];
  const visit = (node: ts.Node, owner: string): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const sides: TableSide[] = [];
      for (const p of node.properties) {
        const name = ts.isPropertyAssignment(p) ? nameOf(p.name) : undefined;
        if (!ts.isPropertyAssignment(p) || name === undefined || !isLocale(name)) continue;
        const inText = new Map<string, number>();
        const strings: ts.Node[] = [];
        leaves(p.initializer, '', inText, strings);
        const keys = new Map([...inText].map(([k, at]) => [k, offset + at]));
        sides.push({ lang: name, keys, at: offset + p.getStart() });
        for (const s of strings) {
          const words = literalText(s) ?? '';
          if (!/\p{L}/u.test(words) || isCode(words)) continue;
          segments.push({
            file: path,
            text: words,
            start: offset + s.getStart() + 1,
            end: offset + s.getEnd() - 1,
            lang: name,
            audience: source.audience,
            label: true,
            unit: `${path}#${name}`,
          });
        }
      }
      if (sides.length > 0) {
        tables.push({ name: owner, at: offset + node.getStart(), sides });
        return;
      }
    }
    let name = owner;
    if (ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)) {
      const own = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : '';
      name = owner ? `${owner}.${own}` : own;
    }
    ts.forEachChild(node, (child) => {
      visit(child, name);
    });
  };
  visit(sourceFile, '');
  return { segments, tables };
}

/** An Astro view's frontmatter (the code between the first two `---` lines). */
export function astroFrontmatter(raw: string): { text: string; offset: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(raw);
  return m ? { text: m[1] ?? '', offset: 4 } : { text: '', offset: 0 };
}

/** Words written into a view's markup by language (`sv ? 'Ja' : 'Yes'`) instead of a table. */
const inlineWords = /\b(?:sv|locale\s*===\s*'sv')\s*\?\s*[`'"(]/gu;

export function readWords(path: string, raw: string, source: Source): ReadFile {
  const astro = path.endsWith('.astro');
  const code = astro ? astroFrontmatter(raw) : { text: raw, offset: 0 };
  const { segments, tables } = wordsTables(path, code.text, code.offset, source);
  const problems = astro
    ? [...raw.matchAll(inlineWords)].map((m) => ({
        at: m.index,
        rule: 'inline-words',
        message:
          'words chosen by language in the view; move them into a words table keyed by sv and en (e.g. src/lib/*-words.ts)',
      }))
    : [];
  return {
    path,
    raw,
    source,
    segments,
    languages: new Set(segments.map((s) => s.lang)),
    tables,
    problems,
  };
}
