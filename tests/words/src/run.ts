// The word check: reads every listed file and runs every check on it. `runWordCheck` returns the
// faults and what was read; src/cli.ts prints them.
import { join } from 'node:path';
import { sources, type Source } from '../sources.ts';
import { checkClaims } from './checks/claims.ts';
import { checkCopies } from './checks/copies.ts';
import { checkLix } from './checks/lix.ts';
import { checkParity } from './checks/parity.ts';
import { checkTone } from './checks/tone.ts';
import { byPlace, type Fault } from './fault.ts';
import { statusMarkerProblems } from './copies/status-blocks.ts';
import { readSources } from './read/files.ts';
import { lineAt, type ReadFile, type Segment } from './segment.ts';
import { nameRules } from './rules/names.ts';
import { statusDir, statusRules } from './rules/status.ts';
import { toneGuide, toneGuideRules } from './rules/tone-guide.ts';
import type { WordRule } from './rules/word-rule.ts';

export interface WordCheck {
  faults: Fault[];
  files: number;
  segments: number;
  rules: number;
}

/** Regions between `<!-- status:… -->` and `<!-- /status:… -->`: rendered from the status. */
function statusBlocks(raw: string): [number, number][] {
  return [...raw.matchAll(/<!-- status:[\s\S]*?<!-- \/status:[^>]*-->/gu)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

export async function runWordCheck(
  root: string,
  list: readonly Source[] = sources,
): Promise<WordCheck> {
  const { files, unmatched } = readSources(root, list);
  const faults: Fault[] = unmatched.map((pattern) => ({
    file: 'tests/words/sources.ts',
    line: 1,
    rule: 'sources',
    message: `"${pattern}" matches no file`,
    better: 'list the file where it is now, or remove the entry',
  }));
  for (const file of files) {
    for (const p of file.problems.filter((x) => x.rule !== 'parity')) {
      faults.push({
        file: file.path,
        line: lineAt(file.raw, p.at),
        rule: p.rule,
        message: p.message,
      });
    }
    for (const p of statusMarkerProblems(file.raw)) {
      const line = lineAt(file.raw, p.at);
      faults.push({ file: file.path, line, rule: 'copies', message: p.message });
    }
  }
  const tone = toneGuideRules(root);
  const rules: WordRule[] = [...tone.rules, ...nameRules(root), ...statusRules(root)];
  const blocks = new Map(files.map((f) => [f.path, statusBlocks(f.raw)]));
  const inside = (at: number, regions: readonly [number, number][]) =>
    regions.some(([from, to]) => at >= from && at < to);
  const exempt = (segment: Segment, rule: WordRule) => {
    // The tone guide's tables list the wrong forms on purpose.
    const tables = tone.tables.filter((t) => toneGuide(t.lang) === segment.file);
    if (tables.some((t) => segment.start >= t.start && segment.start < t.end)) return true;
    if (!rule.id.startsWith('status/')) return false;
    // The status's own words, and the sentences rendered from them, say what the status says.
    return (
      segment.file.startsWith(`${statusDir}/`) ||
      inside(segment.start, blocks.get(segment.file) ?? [])
    );
  };
  faults.push(
    ...checkClaims(root, files),
    ...checkLix(files).faults,
    ...checkParity(root, files),
    ...(await checkTone(files, { rules, exempt })),
    ...(await checkCopies(root, files)),
  );
  return {
    faults: dedupe(faults).sort(byPlace),
    files: files.length,
    segments: files.reduce((n, f: ReadFile) => n + f.segments.length, 0),
    rules: rules.length,
  };
}

function dedupe(faults: Fault[]): Fault[] {
  const seen = new Set<string>();
  return faults.filter((f) => {
    const key = `${f.file}:${f.line}:${f.rule}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const repositoryRoot = join(import.meta.dirname, '..', '..', '..');
