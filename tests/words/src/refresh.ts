// npm run refresh:copies: writes every rendered copy (src/copies.ts) as today's content,
// components and status say it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copies } from './copies.ts';
import { readSources } from './read/files.ts';
import { repositoryRoot } from './run.ts';

const root = process.argv[2] ?? repositoryRoot;
const { files } = readSources(root);
const written: string[] = [];
for (const copy of copies) {
  for (const { path } of copy.files(files)) {
    const committed = readFileSync(join(root, path), 'utf8');
    const today = await copy.render(root, path, committed);
    if (today !== committed) {
      writeFileSync(join(root, path), today);
      written.push(path);
    }
  }
}
console.log(
  written.length > 0
    ? `refresh:copies: wrote ${written.join(', ')}`
    : 'refresh:copies: all copies are up to date',
);
