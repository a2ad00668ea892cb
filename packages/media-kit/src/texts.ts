// The words that go with every file: its alt text (what the image shows, in the image's own
// words) and suggested post texts in two lengths. Built from the same placed texts that are drawn.
import { MediaKitError } from './errors.ts';
import { labels } from './labels.ts';
import type { PlacedBlock, Where } from './layout.ts';
import type { Subject } from './subject.ts';

export interface PostTexts {
  /** The content's short text, the link to read more and the credit line. */
  short: string;
  /** The key message, the content's medium text, the link to read more and the credit line. */
  long: string;
}

/** What an image says, for people who cannot see it. */
export interface ImageTexts {
  /** The short alt text (at most `maxAltLength` characters): the key message and the picture. */
  alt: string;
  /** The longer description offered beside it: every text drawn, each sentence once. */
  description: string;
}

/** The longest short alt text: screen readers read it in one go, and some sites cut it. */
export const maxAltLength = 150;

const sentence = (s: string) => (/[.!?:]$/u.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** A fact read as one sentence; a year never opens it bare ("År 2018 förde Unesco in …"). */
function factSentence(value: string, label: string, locale: Subject['locale']): string {
  const l = labels[locale];
  const lead = /^\d{4}$/u.test(value) ? l.year : /^\d{4}–\d{4}$/u.test(value) ? l.years : '';
  return [lead, value, label].filter(Boolean).join(' ');
}
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/u).filter(Boolean);

/**
 * The alt text and the description of an image from the blocks drawn on it. The credit lines
 * are left out (a screen-reader user gets them with the post); a sentence drawn twice is said
 * once. A partner's photo may come without words for it: then the picture is not described.
 */
export function imageTexts(
  subject: Subject,
  blocks: Pick<PlacedBlock, 'field' | 'lines'>[],
  where: Where,
): ImageTexts {
  const drawn = blocks
    .filter((b) => b.field !== 'credit' && !b.field.startsWith('creditLines.'))
    .map((b) => ({ field: b.field, text: b.lines.join(' ') }));
  const said = new Set<string>();
  const words: string[] = [];
  drawn.forEach((b, i) => {
    // A fact's value and label form one sentence: "184 km² is the area of Bolmen …".
    if (b.field === 'fact.label' && drawn[i - 1]?.field === 'fact.value') return;
    const next = drawn[i + 1];
    const text =
      b.field === 'fact.value' && next?.field === 'fact.label'
        ? factSentence(b.text, next.text, subject.locale)
        : b.text;
    for (const s of sentencesOf(sentence(text))) {
      if (!said.has(s)) words.push(s);
      said.add(s);
    }
  });
  const image = labels[subject.locale].image;
  const orNothing = (text: string) => (text.trim() ? sentence(text) : '');
  const pictureLong =
    orNothing(subject.illustrationAlt) && `${image}: ${orNothing(subject.illustrationAlt)}`;
  const description = [words.join(' '), pictureLong].filter(Boolean).join(' ');

  // The short alt: as much of eyebrow, key message and picture as fits, the key message always.
  const short = orNothing(subject.illustrationAltShort);
  const picture = short && `${image}: ${short}`;
  const [eyebrow, headline] = [orNothing(subject.eyebrow), sentence(subject.headline)];
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  const alt = [
    join(eyebrow, headline, picture),
    join(headline, picture),
    join(eyebrow, headline),
    headline,
  ].find((a) => a.length <= maxAltLength);
  if (!alt)
    throw new MediaKitError(
      { ...where, field: 'headline' },
      `the key message is ${headline.length} characters; the short alt text holds at most ${maxAltLength}`,
    );
  return { alt, description };
}

export function postTexts(subject: Subject): PostTexts {
  const more = subject.readMore.url && `${subject.readMore.label}: ${subject.readMore.url}`;
  const end = [more, subject.credit, ...(subject.creditLines ?? [])];
  const paragraphs = (texts: (string | null | undefined)[]) =>
    texts.filter((t): t is string => !!t).join('\n\n');
  return {
    short: paragraphs([subject.body, subject.event, ...end]),
    long: paragraphs([sentence(subject.headline), subject.event, subject.bodyLong, ...end]),
  };
}
