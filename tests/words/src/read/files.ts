// Reads every file the sources list, each with its reader.
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { sources, type Source } from '../../sources.ts';
import type { ReadFile } from '../segment.ts';
import { readMarkdown } from './markdown.ts';
import { readWords } from './words-table.ts';
import { readYaml } from './yaml.ts';

const readers = {
  markdown: readMarkdown,
  mdx: readMarkdown,
  yaml: readYaml,
  words: readWords,
} satisfies Record<Source['reader'], (path: string, raw: string, source: Source) => ReadFile>;

export interface Reading {
  files: ReadFile[];
  /** Globs that matched no file: a listed file that moved or was renamed. */
  unmatched: string[];
}

export function readSources(root: string, list: readonly Source[] = sources): Reading {
  const files: ReadFile[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const source of list) {
    for (const pattern of source.files) {
      const paths = globSync(pattern, {
        cwd: root,
        ignore: ['**/node_modules/**', '**/dist/**', '**/*.test.*', '**/*.d.ts', '**/generated/**'],
      });
      if (paths.length === 0) unmatched.push(pattern);
      for (const path of paths.sort()) {
        if (seen.has(path)) continue;
        seen.add(path);
        const raw = readFileSync(`${root}/${path}`, 'utf8');
        files.push(readers[source.reader](path, raw, source));
      }
    }
  }
  return { files, unmatched };
}
