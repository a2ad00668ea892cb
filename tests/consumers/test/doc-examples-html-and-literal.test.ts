// The docs' markup and literal blocks (```html, ```text, plain fences): every class, focus area,
// colour scheme, jsDelivr URL, package path and CSP source they name exists in the installed
// tarballs, and an error message they quote is asserted verbatim by a package test.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { where, type Example } from './docs/examples.ts';
import { installed, ofKind } from './docs/examples-project.ts';
import { root, type PackageName } from './support.ts';

describe('every code example in the docs', () => {
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
