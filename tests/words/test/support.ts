// A throw-away copy of the repository's tracked files, for tests that plant a fault or flip a
// status field and run the word check on the copy.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repositoryRoot } from '../src/run.ts';

export interface RepoCopy {
  root: string;
  /**
   * Replaces `from` with `to` in a file of the copy (exactly once, or it throws: a plant that
   * changes nothing would let its test pass for the wrong reason) and returns the 1-based line
   * where `to` starts.
   */
  plant: (file: string, from: string, to: string) => number;
  read: (file: string) => string;
  remove: () => void;
}

export function repoCopy(): RepoCopy {
  const root = mkdtempSync(join(tmpdir(), 'words-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repositoryRoot, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !/\.(png|woff2?|ttf|otf|pdf|pptx|zip)$/u.test(f));
  for (const file of tracked) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(repositoryRoot, file), join(root, file));
  }
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  return {
    root,
    read,
    plant(file, from, to) {
      const text = read(file);
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new Error(`plant: "${from}" must occur exactly once in ${file}`);
      }
      writeFileSync(join(root, file), text.slice(0, at) + to + text.slice(at + from.length));
      return text.slice(0, at).split('\n').length;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
