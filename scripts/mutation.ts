// npm run mutation — mutation testing of each package's pure logic: StrykerJS changes the code
// one small way at a time (a < for a <=, a string emptied, a condition flipped) and runs the
// package's Node tests; a change no test notices ("survived") is a gap in the tests. Every
// workspace with a stryker.config.json takes part; its config names the files to mutate and the
// tests to run. Not part of `npm test`: it takes minutes per package.
//
//   npm run mutation                      every package, incrementally (only what changed)
//   npm run mutation -- embed-widget      one package (by folder name)
//   npm run mutation -- --force           everything again, ignoring the last results
//
// It runs one package at a time with one test process, at low priority (nice), since the
// machine is shared; then prints each package's score and fails below the threshold.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = join(import.meta.dirname, '..');
/** The score each package must reach: killed ÷ (killed + survived + not covered). */
export const threshold = 85;

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

/** Counts of a Stryker JSON report, and its mutation score in per cent. */
export function scoreOf(report: Report) {
  const count = { killed: 0, survived: 0, noCoverage: 0, other: 0 };
  for (const file of Object.values(report.files))
    for (const { status } of file.mutants) {
      if (status === 'Killed' || status === 'Timeout') count.killed++;
      else if (status === 'Survived') count.survived++;
      else if (status === 'NoCoverage') count.noCoverage++;
      else count.other++; // CompileError, RuntimeError, Ignored: not counted, as Stryker does
    }
  const valid = count.killed + count.survived + count.noCoverage;
  return { ...count, score: valid === 0 ? 100 : (100 * count.killed) / valid };
}

const workspaces = ['packages', 'apps']
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
  .filter((dir) => existsSync(join(dir, 'stryker.config.json')))
  .sort();

function main(args: string[]) {
  const names = args.filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !workspaces.some((dir) => basename(dir) === n));
  if (unknown.length > 0) {
    console.error(
      `npm run mutation: no stryker.config.json in ${unknown.join(', ')}; choose from ${workspaces.map((d) => basename(d)).join(', ')}`,
    );
    return 1;
  }
  const chosen = workspaces.filter((dir) => names.length === 0 || names.includes(basename(dir)));
  const stryker = join(root, 'node_modules/.bin/stryker');
  const rows: string[] = [];
  let failed = false;
  for (const dir of chosen) {
    const name = basename(dir);
    console.log(`\n=== mutation testing: ${name} ===`);
    const run = spawnSync(
      'nice',
      ['-n', '15', stryker, 'run', ...args.filter((a) => a.startsWith('-'))],
      {
        cwd: dir,
        stdio: 'inherit',
      },
    );
    const reportFile = join(dir, '.cache/stryker/mutation.json');
    if (run.status !== 0 && !existsSync(reportFile)) {
      rows.push(`| ${name} | – | – | – | – | Stryker failed (exit ${String(run.status)}) |`);
      failed = true;
      continue;
    }
    const s = scoreOf(JSON.parse(readFileSync(reportFile, 'utf8')) as Report);
    failed ||= s.score < threshold;
    rows.push(
      `| ${name} | ${s.killed + s.survived + s.noCoverage} | ${s.killed} | ${s.survived} | ${s.noCoverage} | ${s.score.toFixed(1)} %${s.score < threshold ? ` (below ${threshold} %)` : ''} |`,
    );
  }
  const header = `| package | mutants | killed | survived | not covered | score |\n|---|---:|---:|---:|---:|---|`;
  console.log(
    `\nMutation score per package (killed ÷ mutants; threshold ${threshold} %):\n\n${header}\n${rows.join('\n')}`,
  );
  writeScores(header);
  return failed ? 1 : 0;
}

/**
 * CONTRIBUTING.md states each package's score from its last run (between the mutation-scores
 * markers), so the numbers there are what Stryker reported, never typed by hand. A package with
 * no report on this machine (its mutation run was made elsewhere, e.g. in another clone) keeps
 * its row, so that running one package never erases the others' scores.
 */
function writeScores(header: string) {
  const path = join(root, 'CONTRIBUTING.md');
  const text = readFileSync(path, 'utf8');
  const block = /(<!-- mutation-scores -->\n)([\s\S]*?)(<!-- \/mutation-scores -->)/u;
  const kept = new Map(
    (block.exec(text)?.[2] ?? '')
      .split('\n')
      .map((line) => [/^\|\s*([\w-]+)\s*\|\s*\d/u.exec(line)?.[1], line] as const)
      .filter((entry): entry is [string, string] => entry[0] !== undefined),
  );
  const rows = workspaces.flatMap((dir) => {
    const file = join(dir, '.cache/stryker/mutation.json');
    if (!existsSync(file)) {
      const row = kept.get(basename(dir));
      return row === undefined ? [] : [row];
    }
    const s = scoreOf(JSON.parse(readFileSync(file, 'utf8')) as Report);
    return [
      `| ${basename(dir)} | ${s.killed + s.survived + s.noCoverage} | ${s.killed} | ${s.survived} | ${s.noCoverage} | ${s.score.toFixed(1)} % |`,
    ];
  });
  writeFileSync(path, text.replace(block, `$1\n${header}\n${rows.join('\n')}\n\n$3`));
  // Laid out as the format check (prettier) expects, so that the suite stays green.
  spawnSync(join(root, 'node_modules/.bin/prettier'), ['--write', path], { stdio: 'ignore' });
}

if (process.argv[1] === import.meta.filename) process.exitCode = main(process.argv.slice(2));
