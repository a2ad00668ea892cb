// YAML files as segments: every string value that is prose. Ids, addresses and dates are not, nor
// the values under the source's `skipKeys`. The language is the nearest `sv`/`en` key, or the
// file's own (status/sv.yaml).
import YAML, { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { Source } from '../../sources.ts';
import type { Locale, ReadFile, Segment, TableSide, WordsTable } from '../segment.ts';
import { languageOfPath } from './language.ts';

const notProse = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|https?:\/\/\S+|\d{4}-\d{2}-\d{2})$/u;

/** The prose strings of a YAML text that starts at `offset` in its file. */
export function yamlSegments(
  path: string,
  text: string,
  offset: number,
  source: Source,
  languageOf: (keys: readonly string[]) => Locale | undefined,
): Segment[] {
  const doc = YAML.parseDocument(text);
  if (doc.errors.length > 0) return [];
  const skip = new Set(source.skipKeys ?? []);
  const out: Segment[] = [];
  const walk = (node: Node | null | undefined, keys: string[]) => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!skip.has(key)) walk(pair.value as Node, [...keys, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        walk(item as Node, [...keys, String(i)]);
      });
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const value = node.value.trim();
      if (notProse.test(value) || !/\p{L}/u.test(value)) return;
      const lang = languageOf(keys);
      if (!lang) return;
      out.push({
        file: path,
        text: node.value,
        start: offset + node.range[0],
        end: offset + node.range[1],
        lang,
        audience: source.audience,
        label: !/[.!?:]\s*$/u.test(value),
        unit: `${path}#${lang}`,
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

/** The nearest `sv` or `en` key on the way to a value. */
export const languageKey = (keys: readonly string[]): Locale | undefined =>
  [...keys].reverse().find((k): k is Locale => k === 'sv' || k === 'en');

/** Maps keyed by `sv`/`en` (a fact's label, a partner's description) as words tables. */
function yamlTables(raw: string): WordsTable[] {
  const doc = YAML.parseDocument(raw);
  const tables: WordsTable[] = [];
  const leaves = (node: Node | null | undefined, path: string, keys: Map<string, number>): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        leaves(pair.value as Node, path ? `${path}.${key}` : key, keys);
      }
    } else keys.set(path, node?.range?.[0] ?? 0);
  };
  const walk = (node: Node | null | undefined, name: string): void => {
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        walk(item as Node, `${name}.${i}`);
      });
    }
    if (!isMap(node)) return;
    const sides: TableSide[] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'sv' || key === 'en') {
        const keys = new Map<string, number>();
        leaves(pair.value as Node, '', keys);
        sides.push({ lang: key, keys, at: (pair.key as Scalar).range?.[0] ?? 0 });
      } else walk(pair.value as Node, name ? `${name}.${key}` : key);
    }
    if (sides.length > 0) tables.push({ name, at: node.range?.[0] ?? 0, sides });
  };
  walk(doc.contents, '');
  return tables;
}

export function readYaml(path: string, raw: string, source: Source): ReadFile {
  const fixed = languageOfPath(path);
  const segments = yamlSegments(path, raw, 0, source, (keys) =>
    source.language === 'path' ? fixed : languageKey(keys),
  );
  return {
    path,
    raw,
    source,
    segments,
    languages: new Set(segments.map((s) => s.lang)),
    tables: source.language === 'keys' ? yamlTables(raw) : [],
    problems: [],
  };
}
