// npm run check:words: every text a partner reads, through every check. Prints one line per
// fault (file:line: [rule] what is wrong → the better wording) and exits 1 if there is any.
import { formatFault } from './fault.ts';
import { repositoryRoot, runWordCheck } from './run.ts';

const started = performance.now();
const check = await runWordCheck(process.argv[2] ?? repositoryRoot);
for (const fault of check.faults) console.error(formatFault(fault));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `check:words: ${check.files} files, ${check.segments} texts, ${check.rules} word rules: ${check.faults.length} fault(s) in ${seconds} s`;
if (check.faults.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
