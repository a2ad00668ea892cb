// The download sizes in README.md (its Swedish and English tables), written from
// snippetCost() of the built package. They change with the texts, the styles and the number of
// focus areas, so they are generated rather than typed: run after `npm run build`
//   npm run readme:sizes -w @ljungby/embed-widget
// test/readme-sizes.test.ts fails, naming this command, when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { SnippetCost, SnippetOptions } from '../src/index.ts';

/** The snippets the README sizes: sv and en names, and the options. */
export const sizedSnippets: { sv: string; en: string; options: SnippetOptions }[] = [
  { sv: 'ett kort', en: 'one card', options: { area: 'vatten' } },
  { sv: 'alla fokusområden', en: "every area's cards", options: { area: 'all' } },
  { sv: 'en hel berättelse', en: 'a full story', options: { area: 'vatten', layout: 'story' } },
];

type Cost = (options: SnippetOptions) => SnippetCost;

/** One snippet's figures in kB with one decimal, the reservation split from the rest of the CSS. */
function figures(cost: Cost, options: SnippetOptions) {
  const all = cost(options);
  const reservation = all.styleBytes - cost({ ...options, reservation: 'none' }).styleBytes;
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  return {
    script: kB(all.scriptBytes),
    css: kB(all.styleBytes - reservation),
    reservation: kB(reservation),
    texts: kB(all.dataBytes),
    total: kB(all.totalBytes),
  };
}

/** The Swedish and the English table, unformatted (Prettier aligns them). */
export function sizeBlocks(cost: Cost): { sv: string; en: string } {
  const rows = sizedSnippets.map((s) => ({ ...s, f: figures(cost, s.options) }));
  const table = (
    head: string[],
    name: (r: (typeof rows)[number]) => string,
    kB: (v: string) => string,
  ) =>
    [
      `| ${head.join(' | ')} |`,
      `| --- |${' ---: |'.repeat(head.length - 1)}`,
      ...rows.map(
        (r) =>
          `| ${name(r)} | ${[r.f.script, r.f.css, r.f.reservation, r.f.texts, r.f.total].map(kB).join(' | ')} |`,
      ),
    ].join('\n');
  return {
    sv: table(
      ['kod', 'skript', 'CSS', 'platsreservering', 'texter', 'totalt'],
      (r) => r.sv,
      (v) => `${v.replace('.', ',')} kB`,
    ),
    en: table(
      ['snippet', 'script', 'CSS', 'space reservation', 'texts', 'total'],
      (r) => r.en,
      (v) => `${v} kB`,
    ),
  };
}

const marker = (name: string) =>
  new RegExp(`(<!-- ${name} -->\\n)[\\s\\S]*?(\\n<!-- /${name} -->)`, 'u');

/** The README with both blocks replaced, formatted as the repository formats Markdown. */
export async function readmeWithSizes(readme: string, path: string, cost: Cost) {
  const blocks = sizeBlocks(cost);
  let text = readme;
  for (const [name, block] of [
    ['sizes-sv', blocks.sv],
    ['sizes-en', blocks.en],
  ] as const) {
    if (!marker(name).test(text))
      throw new Error(`${path}: the markers <!-- ${name} --> and <!-- /${name} --> are missing`);
    text = text.replace(marker(name), `$1${block}$2`);
  }
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}

if (import.meta.main) {
  const readmePath = join(import.meta.dirname, '../README.md');
  const { snippetCost } = (await import('../dist/index.js')) as { snippetCost: Cost };
  const before = readFileSync(readmePath, 'utf8');
  const after = await readmeWithSizes(before, readmePath, snippetCost);
  writeFileSync(readmePath, after);
  console.log(before === after ? 'README.md: sizes unchanged' : 'README.md: sizes updated');
}
