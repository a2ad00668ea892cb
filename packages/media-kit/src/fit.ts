// When a partner's text does not fit, say how much to cut: for each text, the fewest characters
// that, cut from its end, let the layout fit — found by running the real layout, so the number
// is right for the format, the font and every other text on the picture.
import { MediaKitError } from './errors.ts';
import type { Subject } from './subject.ts';

/** The texts a partner writes that a layout may have to make room for. */
export type CuttableField = 'eyebrow' | 'headline' | 'event' | 'body';

export interface Cut {
  field: CuttableField;
  /** Characters (as a reader counts them: emoji and å are one each) to cut at least. */
  chars: number;
}

const fits = (subject: Subject, attempt: (s: Subject) => unknown) => {
  try {
    attempt(subject);
    return true;
  } catch (error) {
    if (error instanceof MediaKitError && error.kind === 'fit') return false;
    throw error;
  }
};

/**
 * For each of `fields` that can make room on its own, how many characters to cut from it. An
 * empty list: the subject fits as it is, or no single text can make it fit.
 *
 * @param attempt lays the subject out and throws a MediaKitError of kind `fit` when it does not
 *   fit, e.g. `(s) => drawImage(s, 'square', 'light', 'studio')`
 */
export function cutsToFit(
  subject: Subject,
  attempt: (s: Subject) => unknown,
  fields: readonly CuttableField[] = ['headline', 'body', 'event', 'eyebrow'],
): Cut[] {
  if (fits(subject, attempt)) return [];
  const cuts: Cut[] = [];
  for (const field of fields) {
    const chars = Array.from(subject[field] ?? '');
    const shortened = (cut: number) => ({
      ...subject,
      [field]: chars
        .slice(0, chars.length - cut)
        .join('')
        .trimEnd(),
    });
    if (chars.length === 0 || !fits(shortened(chars.length), attempt)) continue;
    // The fewest characters to cut: cutting more never makes a text longer.
    let low = 1;
    let high = chars.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (fits(shortened(mid), attempt)) high = mid;
      else low = mid + 1;
    }
    cuts.push({ field, chars: low });
  }
  return cuts;
}
