// The kit's status in Markdown files, between markers, rendered from content/status:
//   <!-- status:sv packages licence -->                        a paragraph of its own:
//                                                               **Läget i dag:** and the sentences
//   **Läget i dag:** Paketen är inte publicerade …
//   <!-- /status:sv -->
// or inside a sentence: `… <!-- status:en embed -->The code works …<!-- /status:en --> …`.
// The language and the topics are the marker's; the words are content/status's, today's.
import {
  attribution,
  getContent,
  statusTopics,
  type KitStatus,
  type Locale,
  type StatusTopic,
} from '@ljungby/focus-content';
import { statusSaid } from '../rules/status.ts';

const block = /<!-- status:(sv|en) ([a-z ]+?) -->(\n?)[\s\S]*?<!-- \/status:\1 -->/gu;

/** Words wrapped at `width` columns, as the hand-written Markdown around them is. */
export function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** What a marker may name: the status's topics, and the credit line its licence words end. */
const markerTopics: readonly string[] = [...statusTopics, 'credit'];

/** Problems with a file's markers: an unknown topic, an inline block that starts a line. */
export function statusMarkerProblems(text: string): { at: number; message: string }[] {
  const problems: { at: number; message: string }[] = [];
  for (const m of text.matchAll(block)) {
    for (const topic of (m[2] ?? '').split(' ')) {
      if (!markerTopics.includes(topic)) {
        problems.push({
          at: m.index,
          message: `unknown status topic "${topic}"; expected one of ${markerTopics.join(', ')}`,
        });
      }
    }
    // In Markdown a comment that starts a line starts an HTML block: the sentence would be raw.
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (!m[3] && /^\s*$/u.test(text.slice(lineStart, m.index))) {
      problems.push({
        at: m.index,
        message:
          'a status marker inside a sentence starts its line; put words before it on the line, or give the block lines of its own',
      });
    }
  }
  return problems;
}

/**
 * The file with every status block as `status` says it, in the repository's words. A block on
 * lines of its own keeps the prefix its marker has (a blockquote's `> `) on every line it writes.
 */
export function renderStatusBlocks(text: string, status: KitStatus, root: string): string {
  return text.replace(
    block,
    (_all, lang: Locale, list: string, newline: string, at: number, whole: string) => {
      const said = statusSaid(root, status, lang);
      // The credit line: the content's own words, the licence's as the status says them.
      const credit = `${getContent(lang).license.creditPrefix} ${attribution}, ${said.licenceLabel}`;
      const topics = list.split(' ');
      const sentences = topics
        .map((t) => (t === 'credit' ? credit : said.say[t as StatusTopic]))
        .join(' ');
      const open = `<!-- status:${lang} ${list} -->`;
      const close = `<!-- /status:${lang} -->`;
      if (!newline) return `${open}${sentences}${close}`;
      const prefix = whole.slice(whole.lastIndexOf('\n', at - 1) + 1, at);
      // The credit line alone is a line to copy; sentences get the status's title before them.
      const body = list === 'credit' ? sentences : `**${said.title}:** ${sentences}`;
      const lines = wrap(body, 100 - prefix.length).split('\n');
      const blank = prefix.trimEnd();
      return [open, blank, ...lines.map((l) => prefix + l), blank, prefix + close].join('\n');
    },
  );
}

export const hasStatusBlocks = (text: string): boolean => /<!-- status:(sv|en) /u.test(text);

/** The status blocks of a file: language, topics, and the words between the markers. */
export function statusBlocksOf(text: string): { lang: Locale; topics: string[]; words: string }[] {
  return [...text.matchAll(block)].map((m) => ({
    lang: m[1] as Locale,
    topics: (m[2] ?? '').split(' '),
    words: m[0]
      .replace(/<!--[^>]*-->/gu, '')
      .replace(/^[ \t]*>[ \t]?/gmu, '')
      .replace(/\s+/gu, ' ')
      .trim(),
  }));
}
