// Every fenced code block in the package READMEs and the embed's docs is an example a partner
// copies. Each gets a test kind: from its info string (```css test=tailwind) or, by default,
// from its language. The doc-examples-*.test.ts files (and no-react.test.ts for its kind) run
// them against the packed tarballs, so a doc cannot drift from what works.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support.ts';

export interface Example {
  /** Repository-relative path of the Markdown file. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  kind: Kind;
  code: string;
  /** A file-name-safe id: `<package>-<line>`. */
  id: string;
}

/** How each kind is tested (and which test file runs it). */
export const kinds = {
  install: 'the packages it installs are the kit’s published ones (doc-examples-kinds-and-install)',
  typecheck:
    'type-checks against the installed tarballs, moduleResolution bundler and node16 (doc-examples-typescript)',
  node: 'type-checks and runs in Node from the installed tarballs (doc-examples-typescript)',
  sass: 'compiles with the plain sass CLI, without warnings (doc-examples-sass-and-css)',
  css: 'every @import resolves and every var(--lk-…) is defined by the installed CSS (doc-examples-sass-and-css)',
  tailwind:
    'builds with Tailwind v4 and renders as the kit intends in Chromium (doc-examples-tailwind)',
  html: 'classes, data attributes and CDN files exist in the installed packages (doc-examples-html-and-literal)',
  'generated-html':
    'generated from the builders and compared with React (ui-components docs.test.ts)',
  'no-react': 'runs in Chromium from an install without React (no-react.test.ts)',
  literal: 'every CDN URL, path or message in it exists (doc-examples-html-and-literal)',
} as const;
export type Kind = keyof typeof kinds;

const byLanguage: Record<string, Kind> = {
  sh: 'install',
  ts: 'node',
  tsx: 'typecheck',
  js: 'typecheck',
  scss: 'sass',
  css: 'css',
  html: 'html',
  text: 'literal',
  '': 'literal',
};

export const docFiles = [
  ...readdirSync(join(root, 'packages'))
    .map((p) => `packages/${p}/README.md`)
    .filter((f) => {
      try {
        readFileSync(join(root, f));
        return true;
      } catch {
        return false;
      }
    }),
  ...readdirSync(join(root, 'packages/embed-widget/docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `packages/embed-widget/docs/${f}`),
];

export function examples(files = docFiles): Example[] {
  const found: Example[] = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\S*)(.*)$/u.exec(lines[i] ?? '');
      if (!open) continue;
      const start = i;
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== '```') body.push(lines[i] ?? '');
      const lang = open[1] ?? '';
      const explicit = /\btest=([\w-]+)/u.exec(open[2] ?? '')?.[1];
      // The component HTML between <!-- html:Name --> markers is written by the builders.
      const generated = lines
        .slice(Math.max(0, start - 3), start)
        .some((l) => l.startsWith('<!-- html:'));
      const kind = (explicit ?? (generated ? 'generated-html' : byLanguage[lang])) as Kind;
      const pkg = file.split('/')[1] ?? 'root';
      const doc = file.split('/').at(-1)?.replace(/\.md$/u, '').toLowerCase() ?? '';
      found.push({
        file,
        line: start + 1,
        lang,
        kind,
        code: body.join('\n'),
        id: `${pkg}-${doc}-${String(start + 1)}`,
      });
    }
  }
  return found;
}

export const where = (e: Example) => `${e.file}:${String(e.line)} (\`\`\`${e.lang} test=${e.kind})`;
