// The language of a one-language file, from its path: a `sv`/`en` folder or file name.
import type { Locale } from '../segment.ts';

export function languageOfPath(path: string): Locale | undefined {
  const parts = path.split('/');
  const name = parts.at(-1)?.replace(/\.[a-z]+$/u, '');
  if (name === 'sv' || name === 'en') return name;
  if (parts.includes('sv')) return 'sv';
  if (parts.includes('en')) return 'en';
  return undefined;
}

/** The path of a one-language file's twin: its `sv`/`en` folder or file name swapped. */
export function twinPath(path: string): string {
  const other = (l: string) => (l === 'sv' ? 'en' : 'sv');
  const parts = path.split('/');
  const last = parts.length - 1;
  const name = parts[last] ?? '';
  const match = /^(sv|en)(\.[a-z]+)$/u.exec(name);
  if (match) parts[last] = `${other(match[1] ?? '')}${match[2] ?? ''}`;
  else {
    const i = parts.findIndex((p) => p === 'sv' || p === 'en');
    if (i >= 0) parts[i] = other(parts[i] ?? '');
  }
  return parts.join('/');
}
