// The texts of the content files as segments: each a piece a reader sees as one run of prose
// (a YAML string, a Markdown paragraph, heading or list item), with where it lies in its file,
// so that a finding can name the line an author edits.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import YAML, { isMap, isScalar, isSeq, type Node } from 'yaml';

export interface Segment {
  file: string;
  /** The text as a reader sees it. */
  text: string;
  /** Where the text lies in the file, to find the line of something in it. */
  start: number;
  end: number;
  numbers: boolean;
}

export function lineAt(raw: string, offset: number): number {
  return raw.slice(0, offset).split('\n').length;
}

/** Strings of a YAML document that are prose: not ids, addresses, dates or source titles. */
export function yamlSegments(
  file: string,
  source: string,
  offset: number,
  numbers: (keys: string[]) => boolean,
): Segment[] {
  const doc = YAML.parseDocument(source);
  if (doc.errors.length > 0) return [];
  const out: Segment[] = [];
  const skip = new Set(['url', 'src', 'expires', 'checked', 'status', 'website', 'source']);
  const walk = (node: Node | null | undefined, keys: string[]) => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!skip.has(key)) walk(pair.value as Node, [...keys, key]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node, keys);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(node.value)) return; // an id
      out.push({
        file,
        text: node.value,
        start: offset + node.range[0],
        end: offset + node.range[1],
        numbers: numbers(keys),
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

/** The Markdown body as one segment per block, heading or list item (each starts a sentence). */
export function markdownSegments(file: string, raw: string, bodyStart: number): Segment[] {
  const out: Segment[] = [];
  const body = raw.slice(bodyStart);
  const piece =
    /(?:^|\n)(?:#{1,6} |[-*] |\d+\. )?([^\n]+(?:\n(?!\s*\n|#{1,6} |[-*] |\d+\. )[^\n]+)*)/gu;
  for (const m of body.matchAll(piece)) {
    const text = (m[1] ?? '').replace(/\]\([^)]*\)/gu, (link) => `]${' '.repeat(link.length - 1)}`);
    const start = bodyStart + m.index + m[0].length - (m[1] ?? '').length;
    out.push({ file, text, start, end: start + text.length, numbers: true });
  }
  return out;
}

export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith('.md') ? [path] : [];
    });
}
