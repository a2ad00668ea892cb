// Text measures shared by the build (limits) and the tests (readability report).

/** Words are whitespace-separated runs that contain a letter or a digit. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function countWords(text: string): number {
  return words(text).length;
}

/**
 * LIX (läsbarhetsindex): words per sentence plus the percentage of words longer than six
 * letters. Below 40 reads as easy Swedish, which is what klarspråk asks of short texts.
 */
export function lix(text: string): number {
  const all = words(text);
  if (all.length === 0) return 0;
  const sentences = Math.max(1, (text.match(/[.!?:]+(?=\s|$)/gu) ?? []).length);
  const long = all.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  return all.length / sentences + (100 * long) / all.length;
}

/**
 * Keeps numbers such as "28 305" or "35 000" on one line: the space between digit groups
 * becomes a no-break space, so authors can type an ordinary space.
 */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/gu, '$1\u00a0');
}

const placeholder = /\b(lorem|ipsum|todo|tbd|xxx+|fixme)\b/iu;

/** Returns the placeholder word found in the text, if any. */
export function findPlaceholder(text: string): string | undefined {
  return placeholder.exec(text)?.[0];
}

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/u.test(value);
  } catch {
    return false;
  }
}
