// Every committed copy that is rendered from the content, the components or the kit's status:
// the word check compares each with today's render (checks/copies.ts) and
// `npm run refresh:copies` writes them (refresh.ts). A new generated copy is one entry here.
import { join } from 'node:path';
import {
  renderHtmlPage,
  renderReadme,
} from '../../../packages/ui-components/scripts/documented-html.ts';
import { renderPubliccode, publiccodeFile } from './copies/publiccode.ts';
import { hasStatusBlocks, renderStatusBlocks } from './copies/status-blocks.ts';
import { readStatus } from './rules/status.ts';
import type { ReadFile } from './segment.ts';

export interface Copy {
  name: string;
  /** Whether the kit's status decides its words (the status's flip test renders these). */
  fromStatus: boolean;
  /** The files it renders, from the repository root, given the sources the check read. */
  files: (reading: readonly ReadFile[]) => { path: string }[];
  /** The file as today's render has it, from its committed text. */
  render: (root: string, path: string, committed: string) => Promise<string> | string;
}

export const copies: Copy[] = [
  {
    name: "the components' documented HTML, from today's content",
    fromStatus: false,
    files: () => [{ path: 'packages/ui-components/README.md' }],
    render: (_root, _path, committed) => renderReadme(committed),
  },
  {
    name: 'the plain-HTML example, from the documented HTML',
    fromStatus: false,
    files: () => [{ path: 'examples/plain-html/index.html' }],
    render: (root, path, committed) => renderHtmlPage(committed, join(root, path)),
  },
  {
    name: "the kit's status, from content/status",
    fromStatus: true,
    files: (reading) =>
      reading.filter((f) => hasStatusBlocks(f.raw)).map((f) => ({ path: f.path })),
    render: (root, _path, committed) => renderStatusBlocks(committed, readStatus(root), root),
  },
  {
    name: "publiccode.yml's licence and status, from content/status",
    fromStatus: true,
    files: () => [{ path: publiccodeFile }],
    render: (root, path, committed) =>
      renderPubliccode(committed, readStatus(root), root, join(root, path)),
  },
];
