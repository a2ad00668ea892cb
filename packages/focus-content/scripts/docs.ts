// Writes the generated parts of README.md (the word limits). Usage: npm run docs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { withLimits } from './lib/limits-docs.ts';

const readme = join(import.meta.dirname, '..', 'README.md');
const text = withLimits(readFileSync(readme, 'utf8'));
writeFileSync(readme, await format(text, { ...(await resolveConfig(readme)), filepath: readme }));
console.log('docs: wrote the word limits into README.md');
