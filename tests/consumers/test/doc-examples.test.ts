// Every code example in the package READMEs and the embed's docs, run as a partner would run it:
// in a fresh project with the packed tarballs and the tools the example names (TypeScript, the
// plain sass CLI, Tailwind v4, Chromium), installed by global-setup.ts. See docs/examples.ts for how blocks get their kind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { examples, kinds, where, type Example } from './docs/examples.ts';
import {
  launch,
  packages,
  projectDir,
  root,
  run,
  serveFolder,
  type PackageName,
} from './support.ts';

const all = examples();
const ofKind = (kind: Example['kind']) => all.filter((e) => e.kind === kind);
const dir = projectDir('doc-examples');
const bin = (name: string) => join(dir, 'node_modules/.bin', name);
/** Run a command; on failure, the error carries its output. */
const exec = (file: string, args: string[], cwd = dir) => {
  try {
    return {
      ok: true,
      out: execFileSync(file, args, { cwd, encoding: 'utf8', stdio: 'pipe' }),
      err: '',
    };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
};
const installed = (pkg: string, path = '') => join(dir, 'node_modules', pkg, path);

let site: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  mkdirSync(join(dir, 'src'));
  site = await serveFolder(dir);
});
afterAll(async () => {
  await site.close();
});

describe('every code example in the docs', () => {
  it('has a kind that a test runs', () => {
    expect(all.length).toBeGreaterThan(20);
    const unknown = all.filter((e) => !(e.kind in kinds)).map(where);
    expect(
      unknown,
      `give these blocks a test=<kind> (one of ${Object.keys(kinds).join(', ')})`,
    ).toEqual([]);
    // The count per kind, for the report.
    const counts = Object.fromEntries(
      Object.keys(kinds).map((k) => [k, ofKind(k as Example['kind']).length]),
    );
    console.log('doc examples by kind:', JSON.stringify(counts));
  });

  it('install: names only packages the kit publishes, and React where it is needed', () => {
    for (const e of ofKind('install')) {
      const args = e.code.trim().split(/\s+/u);
      expect(args.slice(0, 2), where(e)).toEqual(['npm', 'install']);
      for (const name of args.slice(2)) {
        if (name.startsWith('-')) continue;
        expect(
          (packages as readonly string[]).includes(name) || ['react', 'react-dom'].includes(name),
          `${where(e)}: ${name}`,
        ).toBe(true);
      }
    }
  });

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

  it('html: classes, data attributes and CDN files exist in the installed packages', () => {
    const css = readFileSync(installed('@ljungby/ui-components', 'dist/styles.css'), 'utf8');
    const areaIds = JSON.parse(
      readFileSync(installed('@ljungby/focus-content', 'dist/json/sv.json'), 'utf8'),
    ) as { focusAreas: { id: string }[] };
    const ids = areaIds.focusAreas.map((a) => a.id);
    for (const e of [...ofKind('html'), ...ofKind('generated-html')]) {
      // Hand-written markup must use classes the stylesheet has (the generated blocks also carry
      // hook classes without styles, such as lk-illustration).
      if (e.kind === 'html') {
        for (const [, classes] of e.code.matchAll(/class="([^"]+)"/gu))
          for (const c of (classes ?? '').split(/\s+/u).filter((c) => c.startsWith('lk-')))
            expect(css.includes(`.${c}`), `${where(e)}: .${c} is not in styles.css`).toBe(true);
      }
      for (const [, id] of e.code.matchAll(/(?:data-focus-area|area)="([^"]+)"/gu))
        expect(ids, `${where(e)}: focus area "${id ?? ''}"`).toContain(id);
      for (const [, scheme] of e.code.matchAll(/data-color-scheme="([^"]+)"/gu))
        expect(['light', 'dark', 'auto'], where(e)).toContain(scheme);
      checkCdnUrls(e);
    }
  });

  it('literal: every CDN URL and package path in it exists', () => {
    for (const e of ofKind('literal')) {
      const urls = checkCdnUrls(e);
      const paths = checkPackagePaths(e);
      // A block that names neither is an error message: a package test must assert it verbatim.
      if (urls + paths === 0 && !csp(e)) {
        const pkg = e.file.split('/')[1] ?? '';
        const testDir = join(root, 'packages', pkg, 'test');
        const tests = readdirSync(testDir, { recursive: true, withFileTypes: true })
          .filter((f) => f.isFile() && /\.tsx?$/u.test(f.name))
          .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
          .join('\n');
        const claim = (e.code.split('\n')[0] ?? '').replace(/; check the spelling.*$/u, '');
        expect(
          tests.includes(claim),
          `${where(e)}: no test in packages/${pkg}/test asserts this text`,
        ).toBe(true);
      }
    }
  });

  it('tailwind: the stated layer order lets utilities win and keeps the kit’s own styles', async () => {
    const blocks = ofKind('tailwind');
    const stylesheets = blocks.filter((e) => e.lang === 'css');
    expect(stylesheets.length).toBeGreaterThan(0);
    const usedClasses = blocks
      .filter((e) => e.lang === 'html')
      .map((e) => e.code)
      .join('\n');
    // A card as the builders make it, with a Tailwind utility that must beat the card's radius.
    const card = exec(process.execPath, [
      '--input-type=module',
      '-e',
      `import { getFocusArea } from '@ljungby/focus-content/sv';
import { focusAreaCard, toHtml } from '@ljungby/ui-components/markup';
process.stdout.write(toHtml(focusAreaCard({ area: getFocusArea('vatten'), locale: 'sv', href: '/vatten' })));`,
    ]).out.replace('class="lk-focus-area-card"', 'class="lk-focus-area-card rounded-none"');
    expect(card).toContain('rounded-none');
    const page = (name: string, css: string) => {
      writeFileSync(
        join(dir, 'tw', `${name}.html`),
        `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title><link rel="stylesheet" href="${css}"></head><body>${card}${usedClasses}</body></html>`,
      );
      return `${site.base}tw/${name}.html`;
    };
    mkdirSync(join(dir, 'tw'), { recursive: true });
    // The sources Tailwind scans: the pages themselves.
    page('control', '../node_modules/@ljungby/ui-components/dist/styles.css');
    const build = (name: string, source: string) => {
      writeFileSync(join(dir, 'tw', `${name}.in.css`), source);
      const r = exec(
        bin('tailwindcss'),
        ['-i', `${name}.in.css`, '-o', `${name}.css`],
        join(dir, 'tw'),
      );
      expect(r.ok, `${name}\n${r.err}`).toBe(true);
      return page(name, `${name}.css`);
    };
    const browser = await launch();
    try {
      const look = async (url: string) => {
        const p = await browser.newPage();
        await p.goto(url);
        const result = await p.evaluate(() => {
          const style = (selector: string) => {
            const el = document.querySelector(selector);
            return el ? getComputedStyle(el) : undefined;
          };
          return {
            radius: style('.lk-focus-area-card')?.borderTopLeftRadius,
            titleSize: style('.lk-focus-area-card__title')?.fontSize,
            linkColor: style('.lk-focus-area-card__link')?.color,
          };
        });
        await p.close();
        return result;
      };
      const control = await look(`${site.base}tw/control.html`);
      expect(control.radius).not.toBe('0px');
      for (const [i, e] of stylesheets.entries()) {
        const url = build(`block-${String(i)}`, e.code);
        const css = readFileSync(join(dir, 'tw', `block-${String(i)}.css`), 'utf8');
        if (e.code.includes('@ljungby/design-tokens/tailwind'))
          for (const c of usedClasses.match(/\b(?:bg|text|p|rounded)-lk-[\w-]+/gu) ?? [])
            expect(css, `${where(e)}: Tailwind made no .${c}`).toContain(`.${c}`);
        if (!e.code.includes('@ljungby/ui-components')) continue;
        const seen = await look(url);
        expect(seen.radius, `${where(e)}: rounded-none loses to the card`).toBe('0px');
        expect(seen.titleSize, `${where(e)}: preflight changed the title size`).toBe(
          control.titleSize,
        );
        expect(seen.linkColor, `${where(e)}: preflight changed the link colour`).toBe(
          control.linkColor,
        );
        // Without the layer statement the kit's layers come last and beat the utilities: the
        // statement is what the README must say.
        const without = await look(
          build(`block-${String(i)}-without`, e.code.replace(/^@layer [^;]+;\n/mu, '')),
        );
        expect(without.radius, 'without the @layer line rounded-none should lose').not.toBe('0px');
      }
    } finally {
      await browser.close();
    }
  });
});

/** Checks every jsDelivr URL of a kit package against the packed files and version. */
function checkCdnUrls(e: Example): number {
  const urls = [
    ...e.code.matchAll(
      /https:\/\/cdn\.jsdelivr\.net\/npm\/(@ljungby\/[\w-]+)@([\w.-]+)\/([^\s"'<>]+)/gu,
    ),
  ];
  const versions = inject('versions');
  for (const [url, name, range, path] of urls) {
    const version = versions[name as PackageName];
    expect(version, `${where(e)}: ${name ?? ''} is not a kit package`).toBeDefined();
    expect(
      `${version ?? ''}.`.startsWith(`${range ?? ''}.`),
      `${where(e)}: ${url} asks for version ${range ?? ''}, the package is ${version ?? ''}`,
    ).toBe(true);
    expect(
      existsSync(installed(name ?? '', path)),
      `${where(e)}: ${url} is not in the package`,
    ).toBe(true);
  }
  return urls.length;
}

/** A folder listing (`content/` then indented names): each path must exist in the package. */
function checkPackagePaths(e: Example): number {
  const lines = e.code.split('\n');
  const folder = /^([\w-]+)\/$/u.exec(lines[0] ?? '')?.[1];
  if (!folder) return 0;
  const pkg = e.file.split('/')[1] ?? '';
  let count = 0;
  for (const line of lines.slice(1)) {
    const first = /^\s+(\S+)/u.exec(line)?.[1];
    if (!first) continue;
    // `vision/sv.md, en.md` and `focus-areas/<id>/sv.md`: check the folder part.
    const path = first
      .replace(/,$/u, '')
      .replace(/<id>.*$/u, '')
      .replace(/[^/]*\.[\w]+$/u, '');
    const target = join(root, 'packages', pkg, folder, path || first.replace(/,$/u, ''));
    expect(existsSync(target), `${where(e)}: ${folder}/${first} does not exist`).toBe(true);
    count++;
  }
  return count;
}

/** CSP directive lines: the sources must be the CDN that the embed's own script URL names. */
function csp(e: Example): boolean {
  const lines = e.code.trim().split('\n');
  if (!lines.every((l) => /^[a-z-]+-src( [^;]+)+;$/u.test(l))) return false;
  const built = readFileSync(installed('@ljungby/embed-widget', 'dist/index.js'), 'utf8');
  for (const line of lines)
    for (const source of line
      .slice(0, -1)
      .split(' ')
      .slice(1)
      .filter((s) => s.startsWith('https://')))
      expect(built, `${where(e)}: ${source} is not where the embed loads from`).toContain(source);
  return true;
}
