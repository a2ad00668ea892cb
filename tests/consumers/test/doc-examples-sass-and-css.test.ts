// The docs' stylesheet examples without a build tool (```scss, ```css): Sass compiles with the
// plain sass CLI, and plain CSS imports and uses only what the installed packages define.
// Tailwind's examples build and render in doc-examples-tailwind.test.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { where } from './docs/examples.ts';
import { bin, dir, exec, installed, ofKind } from './docs/examples-project.ts';

beforeAll(() => {
  // Recursive: doc-examples-typescript.test.ts makes src/ in the same install, maybe first.
  mkdirSync(join(dir, 'src'), { recursive: true });
});

describe('every code example in the docs', () => {
  it('sass: compiles with the plain sass CLI and the Node package importer, without warnings', () => {
    const blocks = ofKind('sass');
    expect(blocks.length).toBeGreaterThan(0);
    for (const e of blocks) {
      writeFileSync(join(dir, `src/${e.id}.scss`), e.code);
      const r = exec(bin('sass'), ['--pkg-importer=node', `src/${e.id}.scss`]);
      expect(r.ok, `${where(e)}\n${r.err}`).toBe(true);
      expect(r.err, `${where(e)} prints warnings`).toBe('');
      expect(r.out, where(e)).toMatch(/\{[^}]*\S[^}]*\}/u);
    }
  });

  it('css: every @import resolves and every var(--lk-…) is defined by the installed CSS', () => {
    const defined = new Set(
      [
        installed('@ljungby/design-tokens', 'dist/css/tokens.css'),
        installed('@ljungby/ui-components', 'dist/styles.css'),
      ].flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/(--lk-[\w-]+)\s*:/gu)].map((m) => m[1]),
      ),
    );
    for (const e of ofKind('css')) {
      for (const [, spec] of e.code.matchAll(/@import\s+['"]([^'"]+)['"]/gu)) {
        const r = exec(process.execPath, [
          '-e',
          `import.meta.resolve(${JSON.stringify(spec)})`,
          '--input-type=module',
        ]);
        expect(r.ok, `${where(e)}: @import '${spec ?? ''}' does not resolve\n${r.err}`).toBe(true);
      }
      for (const [, name] of e.code.matchAll(/var\((--lk-[\w-]+)\)/gu))
        expect(defined.has(name ?? ''), `${where(e)}: ${name ?? ''} is not defined`).toBe(true);
    }
  });
});
