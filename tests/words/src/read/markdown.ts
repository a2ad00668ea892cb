// Markdown and MDX files as segments: every paragraph, heading and table cell as plain text
// (links keep their words, code is left out), the frontmatter's strings, and which lines are in
// which language.
import { parse } from '@textlint/markdown-to-ast';
import type { TxtNode, TxtParentNode, TxtTextNode } from '@textlint/ast-node-types';
import type { Source } from '../../sources.ts';
import type { Locale, ReadFile, Segment } from '../segment.ts';
import { languageOfPath } from './language.ts';
import { yamlSegments } from './yaml.ts';

/** A heading that starts the English part of a bilingual file: "English", "… (English)". */
const englishHeading = /\bEnglish\b/u;

/** MDX's own syntax (imports, JSX comments, components) blanked out, keeping every offset. */
export function blankMdx(raw: string): string {
  const blank = (s: string) => s.replace(/[^\n]/gu, ' ');
  return (
    raw
      .replace(/\{\/\*[\s\S]*?\*\/\}/gu, blank)
      // An expression is code: `{getKitStatus('sv').say.packages}` says words the status checks.
      .replace(/\{[^{}\n]*\}/gu, blank)
      .replace(/^(?:import|export)\s[^\n]*$/gmu, blank)
      .replace(/^\s*<[A-Z][\s\S]*?\/>\s*$/gmu, blank)
  );
}

/** Stands for inline code in a segment's text: a word, but not one the checks read. */
export const codeMark = '‹code›';

/** The frontmatter: markdown-to-ast knows it, the node types do not. */
const isYaml = (node: TxtNode) => (node.type as string) === 'Yaml';
const valueOf = (node: TxtNode) => (node as TxtTextNode).value;

const blockTypes = new Set(['Paragraph', 'Header', 'TableCell']);
const quoted = new Set(['Strong', 'Emphasis', 'Link']);
/** The tone guide's rule tables follow this marker; they list wrong words on purpose. */
const ruleTableMarker = /^<!--\s*word-rules:/u;

/** The words of a node as a reader sees them: Str values, through links and emphasis. */
function wordsOf(node: TxtNode): string {
  if (node.type === 'Str') return (node as TxtTextNode).value;
  if (node.type === 'Code') return codeMark;
  if (node.type === 'Html' || node.type === 'Image') return '';
  if (node.type === 'Break') return '\n';
  const children = (node as TxtParentNode).children;
  const words = Array.isArray(children) ? children.map(wordsOf).join('') : '';
  // Bold, italics and link texts name things (a button, a menu, a page): quoted, as a reader
  // takes them.
  return quoted.has(node.type) ? `”${words}”` : words;
}

function blocks(node: TxtNode, out: TxtNode[]): void {
  if (blockTypes.has(node.type)) {
    out.push(node);
    return;
  }
  if (node.type === 'CodeBlock' || node.type === 'Html' || isYaml(node)) return;
  const children = (node as Partial<TxtParentNode>).children ?? [];
  for (const child of children) blocks(child, out);
}

export function readMarkdown(path: string, raw: string, source: Source): ReadFile {
  const text = source.reader === 'mdx' ? blankMdx(raw) : raw;
  const doc = parse(text);
  const file: ReadFile = {
    path,
    raw,
    source,
    segments: [],
    languages: new Set(),
    tables: [],
    problems: [],
  };
  const found: TxtNode[] = [];
  doc.children.forEach((node, i) => {
    const before = doc.children[i - 1];
    const ruleTable =
      node.type === 'Table' && before?.type === 'Html' && ruleTableMarker.test(valueOf(before));
    if (!ruleTable) blocks(node, found);
  });

  // Which language each offset is in.
  let split = Infinity;
  const fixed = source.language === 'path' ? languageOfPath(path) : undefined;
  if (source.language === 'sv-then-en') {
    const heading = found.find((n) => n.type === 'Header' && englishHeading.test(wordsOf(n)));
    if (heading) split = heading.range[0];
    else {
      file.problems.push({
        at: 0,
        rule: 'parity',
        message:
          'has no English part; add a heading "English" and the English text after the Swedish',
      });
    }
  }
  const languageAt = (offset: number): Locale =>
    fixed ?? (source.language === 'en' ? 'en' : offset >= split ? 'en' : 'sv');

  const frontmatter = doc.children.find(isYaml);
  if (frontmatter) {
    const yaml = valueOf(frontmatter);
    const lang = languageAt(0);
    file.segments.push(...yamlSegments(path, yaml, raw.indexOf(yaml), source, () => lang));
  }
  for (const node of found) {
    const words = wordsOf(node).trim();
    if (!/\p{L}/u.test(words)) continue;
    const lang = languageAt(node.range[0]);
    const segment: Segment = {
      file: path,
      text: words,
      start: node.range[0],
      end: node.range[1],
      lang,
      audience: source.audience,
      label: node.type === 'TableCell',
      unit: `${path}#${lang}`,
    };
    file.segments.push(segment);
  }
  for (const s of file.segments) file.languages.add(s.lang);
  file.headings = {};
  for (const node of found.filter((n) => n.type === 'Header')) {
    const lang = languageAt(node.range[0]);
    const headings = (file.headings[lang] ??= []);
    headings.push({ text: wordsOf(node), at: node.range[0] });
  }
  // The heading that opens the English part of a bilingual file is not one of its parts.
  if (split !== Infinity) file.headings.en?.shift();
  return file;
}
