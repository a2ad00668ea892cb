// npm run size — every published entry point's gzip size against its budget, one table for the
// whole kit, measured on what was just built. The budgets themselves live next to each package
// (size-limit config) and are enforced by `npm test`; this script only reports them side by
// side. (No copy of the table is kept in a README: a copy goes stale with every change.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface Result {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit?: number;
}

const root = join(import.meta.dirname, '..');
const bin = join(root, 'node_modules/.bin/size-limit');
const rows: string[] = [];
let failed = false;
for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const packageDir = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    'size-limit'?: unknown;
  };
  const hasConfig = readdirSync(packageDir).some((file) => file.startsWith('.size-limit'));
  if (!hasConfig && !manifest['size-limit']) continue;
  if (!existsSync(join(packageDir, 'dist'))) {
    console.error(`${manifest.name}: no dist/ — run npm run build first`);
    process.exitCode = 1;
    continue;
  }
  let output: string;
  try {
    output = execFileSync(bin, ['--json'], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // size-limit exits 1 when a budget is exceeded but still prints its JSON.
    output = (error as { stdout?: string }).stdout ?? '[]';
  }
  for (const r of JSON.parse(output) as Result[]) {
    failed ||= !r.passed;
    const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;
    rows.push(
      `| ${manifest.name} | ${r.name} | ${kb(r.size)} | ${r.sizeLimit ? kb(r.sizeLimit) : '–'} | ${r.passed ? 'ok' : 'OVER'} |`,
    );
  }
}
const table = `| package | entry | gzip | budget | |\n|---|---|---:|---:|---|\n${rows.join('\n')}`;
console.log(table);
if (failed) process.exitCode = 1;
