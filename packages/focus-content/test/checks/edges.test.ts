// The edges of the content checks that the main cases do not reach: odd YAML, files out of
// place, names with a capital inside, a missing field of a choice. Each found by mutation
// testing, each a fault an author or a later change could plant. Small inputs, in-process.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeAreaFiles } from '../../scripts/area-files.ts';
import { allowedNumbers, checkClaims } from '../../scripts/lib/claims/check.ts';
import { namesIn } from '../../scripts/lib/claims/find.ts';
import {
  markdownFiles,
  markdownSegments,
  yamlSegments,
} from '../../scripts/lib/claims/segments.ts';
import { compareFields } from '../../scripts/lib/checks.ts';
import { markdownToBlocks } from '../../scripts/lib/markdown.ts';
import { parseWith, type Problems } from '../../scripts/lib/problems.ts';
import { blocksToMarkdown } from '../../src/rich-text.ts';
import type { LocaleContent } from '../../src/types.ts';

const glossary = `bolmen:
  sv: Bolmen
  en: Bolmen
  kind: place
  source: { title: Källa, url: https://example.se/ }
`;
let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'edges-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
const numberAt = (p: string) => /^\S+:\d+: the number "\S+"/u.exec(p)?.[0];

describe('claims check edges', () => {
  it('skips facts without a value or with an empty one, and a kit without the figures', () => {
    const facts = 'a:\n  label: { sv: x, en: y }\nb:\n  value: null\nc:\n  value: 4\n';
    expect([
      ...allowedNumbers(folder({ 'content/facts.yaml': facts, 'content/kit.yaml': 'other: 1\n' })),
    ]).toEqual(['4']);
    expect([
      ...allowedNumbers(
        folder({ 'content/facts.yaml': '', 'content/kit.yaml': 'vision: { goal: 7 }\n' }),
      ),
    ]).toEqual(['7']);
    expect([
      ...allowedNumbers(folder({ 'content/kit.yaml': 'vision: { population: { other: 1 } }\n' })),
    ]).toEqual([]);
  });

  it('reads only Markdown under content/, in name order, and nothing when content/ is missing', () => {
    const root = folder({
      'content/glossary.yaml': glossary,
      'README.md': 'Utanför 18.\n',
      'content/c.md': 'Gamma 18.\n',
      'content/a.md': 'Alfa 18.\n',
      'content/b.md': 'Beta 18.\n',
    });
    expect(checkClaims(root).map((p) => p.split(':')[0])).toEqual([
      'content/a.md',
      'content/b.md',
      'content/c.md',
    ]);
    expect(checkClaims(folder({ 'content/glossary.yaml': glossary }))).toEqual([]);
    expect(
      checkClaims(folder({ 'content/glossary.yaml': glossary, 'other/x.md': 'Tal 18.\n' })),
    ).toEqual([]);
  });

  it('reads frontmatter only at the very start of a file', () => {
    const root = folder({
      'content/glossary.yaml': glossary,
      'content/a.md': 'Intro 18 här.\n---\nkey: Värde 19\n---\nslut.\n',
    });
    expect(checkClaims(root).map(numberAt)).toEqual([
      'content/a.md:1: the number "18"',
      'content/a.md:3: the number "19"',
    ]);
  });

  it('gives each line when a paragraph starts with the number it repeats', () => {
    const root = folder({
      'content/glossary.yaml': glossary,
      'content/a.md': '18 och\n18 igen.\n',
    });
    expect(checkClaims(root).map(numberAt)).toEqual([
      'content/a.md:1: the number "18"',
      'content/a.md:2: the number "18"',
    ]);
  });

  it('reports a partner name only when it is a text missing from the glossary', () => {
    const root = folder({
      'content/glossary.yaml': glossary,
      'content/partners.yaml': 'partners:\n  a: { name: 5 }\n  b: {}\n  c: { name: Bolmen }\n',
    });
    expect(checkClaims(root)).toEqual([]);
  });
});

describe('segments edges', () => {
  it('gives a key that is not a plain scalar as an empty key', () => {
    const seen: string[][] = [];
    yamlSegments('f.yaml', '? [a, b]\n: Ett värde\n', 0, (keys) => {
      seen.push(keys);
      return true;
    });
    expect(seen).toEqual([['']]);
  });

  it('takes only strings: not numbers, booleans, and ids with several hyphens', () => {
    const yaml = 'a: 1.5\nb: true\nc: bolmen-yta-nord\nd: Ord\n';
    expect(yamlSegments('f.yaml', yaml, 0, () => true).map((s) => s.text)).toEqual(['Ord']);
  });

  it('knows list numbers of several digits and a line of spaces as a break', () => {
    expect(markdownSegments('a.md', 'ett\n12. tolv\n13. tretton\n', 0).map((s) => s.text)).toEqual([
      'ett',
      'tolv',
      'tretton',
    ]);
    expect(markdownSegments('a.md', 'ett\n  \ntvå', 0).map((s) => s.text)).toEqual([
      'ett',
      '  \ntvå',
    ]);
  });
});

describe('names edges', () => {
  it('reads only a capital first letter as a name and steps back to the start of the text', () => {
    expect(namesIn('ord iPhone och eBay')).toEqual([]);
    expect(namesIn('(Skåne)')).toEqual([]);
    expect(namesIn('x Skåne')).toEqual([{ text: 'Skåne', at: 2 }]);
  });
});

describe('fields and wording edges', () => {
  it('leaves a list in one language and a group of fields in the other to the schema', () => {
    const problems: Problems = [];
    compareFields(['x', 'y'], { 0: 'x' }, 'sv.md', 'en.md', problems);
    compareFields({ 0: 'x', 1: 'y' }, ['x'], 'sv.md', 'en.md', problems);
    expect(problems).toEqual([]);
  });

  it('says "missing" for a missing field of a choice, and drops zod\'s "Invalid input:"', () => {
    const schema = z.strictObject({
      either: z.union([z.string(), z.number()], { error: 'expected a text or a number' }),
      plain: z.string(),
    });
    const problems: Problems = [];
    parseWith(schema, {}, 'f.yaml', problems);
    expect(problems).toEqual([
      'f.yaml: either is missing; expected a text or a number',
      'f.yaml: plain is missing; expected string, received undefined',
    ]);
    const wrong: Problems = [];
    parseWith(schema, { either: 1, plain: 5 }, 'f.yaml', wrong);
    expect(wrong).toEqual(['f.yaml: plain is 5; expected string, received number']);
  });

  it('joins a line break after a space into one space', () => {
    expect(markdownToBlocks('ett \ntvå').blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'ett två' }] },
    ]);
  });
});

describe('area files edges', () => {
  it('makes the folder of the JSON files when it does not exist yet', () => {
    const root = folder({});
    const content = {
      sv: {
        locale: 'sv',
        license: { name: 'n', url: 'u', credit: 'c', changedNote: 'x' },
        focusAreas: [],
      },
    } as unknown as Record<string, LocaleContent>;
    writeAreaFiles(join(root, 'json'), content, {});
    expect(JSON.parse(readFileSync(join(root, 'json', 'sv', 'all.json'), 'utf8'))).toEqual({
      locale: 'sv',
      focusAreas: [],
      illustrations: {},
    });
  });
});

describe('more edges', () => {
  it('finds no Markdown in a folder that does not exist', () => {
    expect(markdownFiles(join(tmpdir(), 'no-such-folder-of-content'))).toEqual([]);
  });

  it('gives the line of a refused block in a file with Windows (or old Mac) line ends', () => {
    expect(markdownToBlocks('Stycke.\r\n\r\n> a\r\n> b\r\n').problems.map((p) => p.line)).toEqual([
      3,
    ]);
    expect(markdownToBlocks('Stycke.\r\n\r\n> citat\r\n').problems.map((p) => p.line)).toEqual([3]);
    expect(markdownToBlocks('Stycke.\r\r> a\r> b\r').problems.map((p) => p.line)).toEqual([3]);
  });

  it('escapes a rule of dashes only, and a heading that is only a run of #', () => {
    const p = (value: string) =>
      blocksToMarkdown([{ type: 'paragraph', children: [{ type: 'text', value }] }]);
    expect(p('-x-y-')).toBe('-x-y-');
    expect(
      blocksToMarkdown([
        { type: 'heading', level: 3, children: [{ type: 'text', value: '#######' }] },
      ]),
    ).toBe('### \\#######');
  });
});
