// Server rendering from the built package, as a Node app would load it: a child `node` process
// per module format, with no DOM at all, importing the package by name (its `exports`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '@ljungby/focus-content/ids';
import { describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

// Every component subpath the package publishes (capitalised keys of `exports`), so that a new
// component is server-rendered here without anyone remembering to list it.
const components = Object.keys(
  (
    JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    }
  ).exports,
)
  .filter((key) => /^\.\/[A-Z]/.test(key))
  .map((key) => key.slice(2));

// Each component's example lives in its folder (src/<Name>/ssr-example.json), so that a new
// component brings its own and this file names none.
const examples = components.map((name): [string, { props: unknown; expect: string }] => [
  name,
  JSON.parse(readFileSync(join(pkg, 'src', name, 'ssr-example.json'), 'utf8')) as {
    props: unknown;
    expect: string;
  },
]);

// The same body runs as ESM (load = import) and as CJS (load = require).
const body = (load: string) => `
  if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM leaked into Node');
  const { createElement: h } = ${load}('react');
  const { renderToString } = ${load}('react-dom/server');
  const index = ${load}('@ljungby/ui-components');
  const markup = ${load}('@ljungby/ui-components/markup');
  const names = ${JSON.stringify(components)};
  const sub = {};
  for (const name of names) sub[name] = (${load}('@ljungby/ui-components/' + name))[name];
  const props = ${JSON.stringify(Object.fromEntries(examples.map(([name, e]) => [name, e.props])))};
  const out = {};
  for (const name of names) {
    const viaIndex = renderToString(h(index[name], props[name]));
    const viaSubpath = renderToString(h(sub[name], props[name]));
    if (viaIndex !== viaSubpath) throw new Error(name + ': index and subpath render differently');
    out[name] = viaIndex;
  }
  const content = ${load}('@ljungby/focus-content');
  out.markup = markup.toHtml(markup.partnerLine({ line: content.getCollaboration('en').partnerLine, locale: 'en' }));
  console.log(JSON.stringify(out));
`;

function run(args: string[]): Record<string, string> {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: pkg, encoding: 'utf8' })) as Record<
    string,
    string
  >;
}

const expectations: Record<string, RegExp> = {
  ...Object.fromEntries(examples.map(([name, e]) => [name, new RegExp(e.expect, 'u')])),
  markup:
    /^<p class="lk-partner-line" lang="en"><span class="lk-partner-line__text">In collaboration with Ljungby kommun<\/span><\/p>$/,
};

describe('server rendering from dist, without a DOM', () => {
  const results = {
    esm: () =>
      run(['--input-type=module', '-e', `const load = (m) => import(m);\n${body('await load')}`]),
    cjs: () => run(['--input-type=commonjs', '-e', body('require')]),
  };
  for (const [format, render] of Object.entries(results)) {
    it(`renders every component via the index and its subpath (${format})`, () => {
      const out = render();
      expect(Object.keys(out).sort()).toEqual(Object.keys(expectations).sort());
      for (const [name, pattern] of Object.entries(expectations))
        expect(out[name], name).toMatch(pattern);
    });
  }
});

describe('one-locale entries (@ljungby/ui-components/sv and /en)', () => {
  it('render their own language by default and refuse the other, in ESM and CJS', () => {
    const script = (load: string) => `
      const { createElement: h } = ${load}('react');
      const { renderToString } = ${load}('react-dom/server');
      const out = {};
      for (const locale of ${JSON.stringify(locales)}) {
        const kit = ${load}('@ljungby/ui-components/' + locale);
        out[locale] = renderToString(h(kit.FocusAreaGrid, {}));
        try {
          renderToString(h(kit.FocusAreaCard, { area: 'vatten', locale: locale === 'sv' ? 'en' : 'sv' }));
          out[locale + 'Error'] = 'no error';
        } catch (e) {
          out[locale + 'Error'] = e.message;
        }
      }
      console.log(JSON.stringify(out));
    `;
    for (const out of [
      run(['--input-type=module', '-e', `const load = (m) => import(m);\n${script('await load')}`]),
      run(['--input-type=commonjs', '-e', script('require')]),
    ]) {
      expect(out.sv).toMatch(/lang="sv".*Unga vuxna.*Näringsliv/u);
      expect(out.en).toMatch(/lang="en".*Young adults.*Business/u);
      expect(out.svError).toBe('<FocusAreaCard>: invalid locale "en"; expected one of "sv"');
      expect(out.enError).toBe('<FocusAreaCard>: invalid locale "sv"; expected one of "en"');
    }
  });
});
