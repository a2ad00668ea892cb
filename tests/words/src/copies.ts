// Every committed copy that is rendered from the content, the components or the kit's status:
// the word check compares each with today's render (checks/copies.ts) and
// `npm run refresh:copies` writes them (refresh.ts). A new generated copy is one entry here.
import { join } from 'node:path';
import {
  renderHtmlPage,
  renderReadme,
} from '../../../packages/ui-components/scripts/documented-html.ts';
import { sources } from '../sources.ts';
import { renderPubliccode, publiccodeFile } from './copies/publiccode.ts';
import { hasStatusBlocks, renderStatusBlocks } from './copies/status-blocks.ts';
import { readSources } from './read/files.ts';
import { readStatus } from './rules/status.ts';

export interface Copy {
  name: string;
  /** The files it renders, from the repository root. */
  files: (root: string) => Promise<{ path: string }[]> | { path: string }[];
  /** The file as today's render has it, from its committed text. */
  render: (root: string, path: string, committed: string) => Promise<string> | string;
}

export const copies: Copy[] = [
  {
    name: "the components' documented HTML, from today's content",
    files: () => [{ path: 'packages/ui-components/README.md' }],
    render: (_root, _path, committed) => renderReadme(committed),
  },
  {
    name: 'the plain-HTML example, from the documented HTML',
    files: () => [{ path: 'examples/plain-html/index.html' }],
    render: (root, path, committed) => renderHtmlPage(committed, join(root, path)),
  },
  {
    name: "the kit's status, from content/status",
    files: (root) =>
      readSources(root, sources)
        .files.filter((f) => hasStatusBlocks(f.raw))
        .map((f) => ({ path: f.path })),
    render: (root, _path, committed) => renderStatusBlocks(committed, readStatus(root), root),
  },
  {
    name: "publiccode.yml's licence and status, from content/status",
    files: () => [{ path: publiccodeFile }],
    render: (root, path, committed) =>
      renderPubliccode(committed, readStatus(root), root, join(root, path)),
  },
];
