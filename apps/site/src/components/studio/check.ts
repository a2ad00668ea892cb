// The studio's checks of what a reader typed, before anything is drawn: a headline, lengths,
// a link a phone can open, and writing the typeface cannot show. Each problem names its field;
// messages.ts words it. Pure, so the tests can check it in Node.
import { textFields, textLimits, type StudioChoices, type TextField } from './state';

export type FieldProblem =
  | { field: TextField; code: 'required' }
  | { field: TextField; code: 'too-long'; max: number; count: number }
  | { field: TextField; code: 'rtl' | 'controls' }
  | { field: TextField; code: 'emoji'; chars: string[] }
  | { field: 'link'; code: 'link-scheme'; scheme: string }
  | { field: 'link'; code: 'link-invalid' };

/** Characters as a reader counts them. */
export const charCount = (text: string): number => Array.from(text).length;

// Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, …).
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|[\u{10800}-\u{10fff}]/u;
// Invisible marks and overrides of the writing direction.
const directionControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const emoji = /\p{Extended_Pictographic}/gu;

/**
 * The address a link means, or the problem with it. `www.example.org/x` means
 * `https://www.example.org/x`, as a browser's address bar would take it.
 */
export function parseLink(
  text: string,
): { url: string } | Extract<FieldProblem, { field: 'link' }> {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(trimmed)?.[1];
  // A colon after a host name is a port (example.org:8080), not a scheme.
  const isScheme = scheme !== undefined && !/^[a-z0-9-]+(\.[a-z0-9-]+)+:\d/iu.test(trimmed);
  if (isScheme && !/^https?$/iu.test(scheme))
    return { field: 'link', code: 'link-scheme', scheme: `${scheme}:` };
  try {
    const url = new URL(isScheme ? trimmed : `https://${trimmed}`);
    if (!url.hostname.includes('.') || /\s/u.test(trimmed)) throw new Error('no host');
    return { url: url.href };
  } catch {
    return { field: 'link', code: 'link-invalid' };
  }
}

/** Every problem with the reader's texts, in the order of the form. */
export function checkChoices(choices: StudioChoices): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of textFields) {
    const text = choices[field];
    if (field === 'headline' && !text.trim()) {
      problems.push({ field, code: 'required' });
      continue;
    }
    const count = charCount(text);
    const max = textLimits[field];
    if (count > max) problems.push({ field, code: 'too-long', max, count });
    else if (field === 'link' && text.trim()) {
      const link = parseLink(text);
      if (!('url' in link)) problems.push(link);
    } else if (field === 'photoAlt') {
      // Not drawn, only read out: any writing is fine.
    } else if (directionControls.test(text)) problems.push({ field, code: 'controls' });
    else if (rightToLeft.test(text)) problems.push({ field, code: 'rtl' });
    else {
      const found = [...new Set(text.match(emoji))];
      if (found.length > 0) problems.push({ field, code: 'emoji', chars: found });
    }
  }
  return problems;
}
