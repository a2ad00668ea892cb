// The docs' TypeScript and JavaScript examples (```ts, ```tsx, ```js), as a partner's strict
// project sees them: type-checked against the installed tarballs with both React majors that
// ui-components supports, and the plain TypeScript ones run in Node.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { where, type Example } from './docs/examples.ts';
import { dir, exec, ofKind } from './docs/examples-project.ts';
import { projectDir, root, run } from './support.ts';

describe('every code example in the docs', () => {
  describe('TypeScript and JavaScript', () => {
    const blocks = [...ofKind('typecheck'), ...ofKind('node')];
    const file = (e: Example) =>
      `src/${e.id}.${e.lang === 'tsx' ? 'tsx' : e.lang === 'js' ? 'js' : 'ts'}`;
    // Both React majors that ui-components supports, each in its own install; the kit's
    // declarations are checked too (skipLibCheck: false), as a strict partner project does.
    const stacks = { 'React 19': dir, 'React 18': projectDir('doc-examples-react-18') };
    const tsc = (cwd: string, moduleResolution: string) => {
      const module =
        moduleResolution === 'bundler'
          ? 'preserve'
          : moduleResolution === 'node10'
            ? 'commonjs'
            : moduleResolution;
      writeFileSync(
        join(cwd, `tsconfig.${moduleResolution}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            allowJs: true,
            checkJs: true,
            allowImportingTsExtensions: true,
            jsx: 'react-jsx',
            target: 'es2022',
            lib: ['es2023', 'dom', 'dom.iterable'],
            module,
            moduleResolution,
            types: [],
            ignoreDeprecations: '6.0',
          },
          files: ['src/env.d.ts', ...blocks.map(file)],
        }),
      );
      // Asynchronous, so that the compilations share the machine's cores.
      return run(join(root, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${moduleResolution}.json`], {
        cwd,
      }).then(
        ({ stdout }) => ({ ok: true, out: stdout, err: '' }),
        (error: unknown) => {
          const e = error as { stdout?: string; stderr?: string };
          return { ok: false, out: e.stdout ?? '', err: e.stderr ?? '' };
        },
      );
    };
    const results = new Map<string, ReturnType<typeof tsc>>();

    beforeAll(() => {
      for (const [stack, cwd] of Object.entries(stacks)) {
        // Recursive: doc-examples-sass-and-css.test.ts may have made src/ in the same install.
        mkdirSync(join(cwd, 'src'), { recursive: true });
        // What a bundler's client types declare (vite/client does the same): CSS imports are modules.
        writeFileSync(join(cwd, 'src/env.d.ts'), "declare module '*.css';\n");
        for (const e of blocks) writeFileSync(join(cwd, file(e)), e.code);
        for (const m of ['bundler', 'node16']) results.set(`${stack} ${m}`, tsc(cwd, m));
      }
      results.set('node10', tsc(dir, 'node10'));
    });

    it.each(Object.keys(stacks))(
      'type-check with %s types, moduleResolution bundler and node16, as the READMEs state',
      async (stack) => {
        expect(blocks.length).toBeGreaterThan(3);
        for (const resolution of ['bundler', 'node16']) {
          const r = await results.get(`${stack} ${resolution}`);
          if (!r) throw new Error(`no ${stack} ${resolution} run`);
          expect(r.ok, `${stack}, ${resolution}:\n${r.out}${r.err}`).toBe(true);
        }
      },
    );

    it('fail with the legacy moduleResolution node, which cannot see subpath entries', async () => {
      const r = await results.get('node10');
      expect(r?.ok).toBe(false);
      expect(r?.out).toMatch(/Cannot find module '@ljungby\/[\w-]+\/[\w/]+'/u);
    });

    it('node: the plain TypeScript examples run in Node', () => {
      for (const e of ofKind('node')) {
        const r = exec(process.execPath, [file(e)]);
        expect(r.ok, `${where(e)}\n${r.err}`).toBe(true);
      }
    });
  });
});
