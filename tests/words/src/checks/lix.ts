// LIX for the Swedish a communicator reads: each page, words table or file below the content's
// own limit (lixLimit), so that klarspråk holds beyond the story. A fault names the sentences
// that weigh most, with their lines.
import { lixLimit } from '@ljungby/focus-content';
import { lix, words } from '../../../../packages/focus-content/scripts/lib/text.ts';
import type { Fault } from '../fault.ts';
import { lineAt, type ReadFile, type Segment } from '../segment.ts';

/**
 * The sentences of a segment: a label is one, prose splits after . ! ? and :. A quotation is
 * left out: its words are its author's (the municipality's own wording, a button's name).
 */
function sentences(segment: Segment): string[] {
  const own = segment.text.replace(/”[^”]*”|“[^“”]*”|"[^"]*"/gu, '');
  if (segment.label) return [own.replace(/[.!?:]+\s*$/u, '')];
  return own.split(/(?<=[.!?:])\s+/u).filter((s) => words(s).length > 0);
}

export interface LixScore {
  file: string;
  value: number;
  words: number;
}

/** Below this many words LIX says little (a handful of labels): the unit is not scored. */
const fewestWords = 30;

export function checkLix(files: readonly ReadFile[]): { faults: Fault[]; scores: LixScore[] } {
  const faults: Fault[] = [];
  const scores: LixScore[] = [];
  for (const file of files) {
    if (file.source.audience !== 'communicators' || file.source.lix === false) continue;
    const swedish = file.segments.filter((s) => s.lang === 'sv');
    if (swedish.length === 0) continue;
    const all = swedish.flatMap((s) => sentences(s).map((text) => ({ text, segment: s })));
    // Each sentence ends with a full stop here, so that LIX counts the sentences as a reader does.
    const value = lix(all.map((s) => `${s.text.replace(/[.!?:]+$/u, '')}.`).join(' '));
    const count = all.reduce((n, s) => n + words(s.text).length, 0);
    if (count < fewestWords) continue;
    scores.push({ file: file.path, value, words: count });
    if (value < lixLimit) continue;
    const longest = [...all]
      .sort((a, b) => words(b.text).length - words(a.text).length)
      .slice(0, 2)
      .map((s) => `line ${lineAt(file.raw, s.segment.start)} (${words(s.text).length} words)`);
    faults.push({
      file: file.path,
      line: lineAt(file.raw, swedish[0]?.start ?? 0),
      rule: 'lix',
      message: `the Swedish text has LIX ${value.toFixed(1)}; communicators' texts must be below ${lixLimit}`,
      better: `shorter sentences and shorter words; the longest sentences are at ${longest.join(' and ')}`,
    });
  }
  return { faults, scores };
}
