// Runs before the root commands (npm's pre-scripts), in plain JavaScript so that it runs on any
// Node: the kit's scripts and tests are TypeScript that Node runs directly only from 22 on, and
// on an older Node they stop with "Unknown file extension .ts", which says nothing of the cause.
// The version needed is package.json's engines.node (">=22"), its one home.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const needed = Number(/\d+/.exec(engines.node)?.[0]);
const running = Number(process.versions.node.split('.')[0]);
const recommended = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim();
if (running < needed) {
  console.error(
    `This is Node ${process.versions.node}; the kit needs Node ${needed} or newer (package.json ` +
      `engines.node "${engines.node}"; .nvmrc recommends ${recommended}). Run \`nvm use\` (or ` +
      `install Node ${recommended}), ` +
      'then `npm install` and the command again.',
  );
  process.exit(1);
}
