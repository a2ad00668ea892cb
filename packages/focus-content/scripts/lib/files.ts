// Reading the authored files: YAML, and Markdown with YAML frontmatter. A missing or unreadable
// file is a problem to report, not an exception.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { Problems } from './problems.ts';

/** A content path as messages show it: `content/focus-areas/vatten/sv.md`. */
export const contentFile = (...parts: string[]) => ['content', ...parts].join('/');

export function readYaml(root: string, file: string, problems: Problems): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push(`${file}: the file is missing`);
    return undefined;
  }
  try {
    return YAML.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${file}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

export interface MarkdownFile {
  data: unknown;
  body: string;
  /** Line of the body's first line in the file, for messages. */
  bodyLine: number;
}

export function readMarkdown(
  root: string,
  file: string,
  problems: Problems,
): MarkdownFile | undefined {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push(`${file}: the file is missing`);
    return undefined;
  }
  const raw = readFileSync(path, 'utf8');
  try {
    // The yaml package, not gray-matter's default js-yaml, so that dates stay text and the
    // frontmatter follows the same YAML rules as the .yaml files.
    const parsed = matter(raw, { engines: { yaml: (s: string) => YAML.parse(s) as object } });
    const body = parsed.content.trim();
    const bodyLine = raw.slice(0, raw.indexOf(body)).split('\n').length;
    return { data: parsed.data, body, bodyLine };
  } catch (error) {
    problems.push(
      `${file}: the frontmatter between the --- lines is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
    return undefined;
  }
}
