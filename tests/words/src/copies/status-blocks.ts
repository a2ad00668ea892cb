// The kit's status in Markdown files, between markers, rendered from content/status:
//   <!-- status:sv packages licence -->                        a paragraph of its own:
//                                                               **Läget i dag:** and the sentences
//   **Läget i dag:** Paketen är inte publicerade …
//   <!-- /status:sv -->
// or inside a sentence: `… <!-- status:en embed -->The code works …<!-- /status:en --> …`.
// The language and the topics are the marker's; the words are today's (getKitStatus).
import {
  getKitStatus,
  statusTopics,
  type KitStatus,
  type Locale,
  type StatusTopic,
} from '@ljungby/focus-content';

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

/** Problems with a file's markers: an unknown topic. */
export function statusMarkerProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(block)) {
    for (const topic of (m[2] ?? '').split(' ')) {
      if (!(statusTopics as string[]).includes(topic)) {
        problems.push(
          `unknown status topic "${topic}"; expected one of ${statusTopics.join(', ')}`,
        );
      }
    }
  }
  return problems;
}

/** The file with every status block as `status` says it. */
export function renderStatusBlocks(text: string, status: KitStatus): string {
  return text.replace(block, (_all, lang: Locale, list: string, newline: string) => {
    const said = getKitStatus(lang, status);
    const topics = list
      .split(' ')
      .filter((t): t is StatusTopic => (statusTopics as string[]).includes(t));
    const sentences = topics.map((t) => said.say[t]).join(' ');
    const open = `<!-- status:${lang} ${list} -->`;
    const close = `<!-- /status:${lang} -->`;
    if (!newline) return `${open}${sentences}${close}`;
    return `${open}\n\n${wrap(`**${said.title}:** ${sentences}`)}\n\n${close}`;
  });
}

export const hasStatusBlocks = (text: string): boolean => /<!-- status:(sv|en) /u.test(text);
