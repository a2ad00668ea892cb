// No frozen copies: every committed file (or block in a file) that is rendered from the content,
// the components or the status must equal today's render. src/copies.ts lists them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault } from '../fault.ts';
import { copies as all, type Copy } from '../copies.ts';
import type { ReadFile } from '../segment.ts';

/** Compares each copy with today's render; `reading` is the sources as the check read them. */
export async function checkCopies(
  root: string,
  reading: readonly ReadFile[],
  copies: readonly Copy[] = all,
): Promise<Fault[]> {
  const faults: Fault[] = [];
  for (const copy of copies) {
    for (const file of copy.files(reading)) {
      const committed = readFileSync(join(root, file.path), 'utf8');
      const today = await copy.render(root, file.path, committed);
      if (committed === today) continue;
      const a = committed.split('\n');
      const b = today.split('\n');
      let line = 0;
      while (line < a.length && a[line] === b[line]) line += 1;
      faults.push({
        file: file.path,
        line: line + 1,
        rule: 'copies',
        message: `differs from today's render (${copy.name}): "${(a[line] ?? '').trim().slice(0, 60)}" should be "${(b[line] ?? '').trim().slice(0, 60)}"`,
        better: 'run npm run refresh:copies',
      });
    }
  }
  return faults;
}
