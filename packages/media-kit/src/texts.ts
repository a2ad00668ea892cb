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
 * The alt text of an image: every text drawn on it (except the credit, which a screen-reader
 * user gets with the post) and then what the illustration shows.
 */
export function altText(subject: Subject, blocks: Pick<PlacedBlock, 'field' | 'lines'>[]): string {
  const drawn = blocks
    .filter((b) => b.field !== 'credit')
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
  const image = subject.locale === 'sv' ? 'Bild' : 'Image';
  return `${words.join(' ')} ${image}: ${sentence(subject.illustrationAlt)}`;
}

export function postTexts(subject: Subject): PostTexts {
  const more = `${labels[subject.locale].readMore}: ${subject.readMore.url}`;
  return {
    short: [subject.body, more, subject.credit].join('\n\n'),
    long: [sentence(subject.headline), subject.bodyLong, more, subject.credit].join('\n\n'),
  };
}
