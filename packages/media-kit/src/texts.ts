// The words that go with every file: its alt text (what the image shows, in the image's own
// words) and suggested post texts in two lengths. Built from the same placed texts that are drawn.
import type { PlacedBlock } from './layout.ts';
import { labels } from './labels.ts';
import type { Subject } from './subject.ts';

export interface PostTexts {
  /** The content's short text, the link to read more and the credit line. */
  short: string;
  /** The key message, the content's medium text, the link to read more and the credit line. */
  long: string;
}

const sentence = (s: string) => (/[.!?:]$/u.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * The alt text of an image: every text drawn on it (except the credit lines, which a
 * screen-reader user gets with the post) and then what the illustration or photo shows.
 */
export function altText(subject: Subject, blocks: Pick<PlacedBlock, 'field' | 'lines'>[]): string {
  const drawn = blocks
    .filter((b) => b.field !== 'credit' && !b.field.startsWith('creditLines.'))
    .map((b) => ({ field: b.field, text: b.lines.join(' ') }));
  const words: string[] = [];
  drawn.forEach((b, i) => {
    // A fact's value and label form one sentence: "184 km² is the area of Bolmen …".
    if (b.field === 'fact.label' && drawn[i - 1]?.field === 'fact.value') return;
    const next = drawn[i + 1];
    words.push(
      sentence(
        b.field === 'fact.value' && next?.field === 'fact.label'
          ? `${b.text} ${next.text}`
          : b.text,
      ),
    );
  });
  // What the picture shows, when there are words for it (a partner's photo may have none).
  const picture = subject.illustrationAlt.trim()
    ? ` ${labels[subject.lang].image}: ${sentence(subject.illustrationAlt)}`
    : '';
  return `${words.join(' ')}${picture}`;
}

export function postTexts(subject: Subject): PostTexts {
  const more = subject.readMore.url && `${labels[subject.lang].readMore}: ${subject.readMore.url}`;
  const end = [more, subject.credit, ...(subject.creditLines ?? [])];
  const paragraphs = (texts: (string | null | undefined)[]) =>
    texts.filter((t): t is string => !!t).join('\n\n');
  return {
    short: paragraphs([subject.body, subject.event, ...end]),
    long: paragraphs([sentence(subject.headline), subject.event, subject.bodyLong, ...end]),
  };
}
