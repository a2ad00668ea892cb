// The claims check over a small content folder written for each case: every number must be a
// fact's value or a kit figure, every name must be in the glossary, and each message names the
// file, the line and the rule. In-process, with files of a few lines.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allowedNumbers, checkClaims } from '../../scripts/lib/claims/check.ts';

const glossary = `bolmen:
  sv: Bolmen
  en: Bolmen
  kind: place
  source: { title: Källa, url: https://example.se/ }
ljungby:
  sv: Ljungby kommun
  en: Ljungby Municipality
  forms: [Ljungby]
  kind: organisation
  source: { title: Källa, url: https://example.se/ }
`;
const facts = `sjoar:
  value: 17 kommuner
  label: { sv: Antal 99 kommuner, en: Number of lakes }
  source: { title: Källa 2019, url: https://example.se/55 }
andel:
  value: { sv: '1,5 %', en: 1.5 % }
mal:
  value: 8
`;
const kit = `vision:
  goal: { year: 2035, population: 35000 }
  population:
    points:
      - { year: 2022, value: 28483 }
`;

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A content folder with the given files (paths relative to the root). */
function contentWith(files: Record<string, string | undefined>): string {
  const root = mkdtempSync(join(tmpdir(), 'claims-'));
  roots.push(root);
  const all: Record<string, string | undefined> = {
    'content/glossary.yaml': glossary,
    'content/facts.yaml': facts,
    'content/kit.yaml': kit,
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    if (text === undefined) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('allowedNumbers', () => {
  it('holds the numbers of fact values (either language) and the kit figures, not labels or sources', () => {
    const allowed = allowedNumbers(contentWith({}));
    expect([...allowed].sort()).toEqual(
      ['17', '1.5', '8', '2035', '35000', '2022', '28483'].sort(),
    );
  });

  it('is empty when the files are missing or do not parse', () => {
    expect(
      allowedNumbers(
        contentWith({ 'content/facts.yaml': undefined, 'content/kit.yaml': undefined }),
      ).size,
    ).toBe(0);
    expect(
      allowedNumbers(contentWith({ 'content/facts.yaml': 'a: [', 'content/kit.yaml': 'b: {' }))
        .size,
    ).toBe(0);
    expect(
      allowedNumbers(contentWith({ 'content/facts.yaml': '12', 'content/kit.yaml': '' })).size,
    ).toBe(0);
  });
});

describe('checkClaims', () => {
  it('accepts numbers that are facts and names that are in the glossary', () => {
    const root = contentWith({
      'content/a/sv.md':
        '---\ntitle: Vatten till 17 kommuner\nurl: https://x.se/99\n---\nVi i Ljungby kommun når 35 000 år 2035, 1,5 % av Bolmens vatten.\n',
    });
    expect(checkClaims(root)).toEqual([]);
  });

  it('names the file, the line and the number that no fact holds, in the frontmatter and the body', () => {
    const root = contentWith({
      'content/a/sv.md': '---\ntitle: Vatten\nlead: för 18 kommuner\n---\nText.\n\nOch 19 till.\n',
    });
    expect(checkClaims(root)).toEqual([
      'content/a/sv.md:3: the number "18" is not the value of any fact in content/facts.yaml (nor a figure in content/kit.yaml); add the fact with its source, or correct the number',
      'content/a/sv.md:7: the number "19" is not the value of any fact in content/facts.yaml (nor a figure in content/kit.yaml); add the fact with its source, or correct the number',
    ]);
  });

  it('names an unknown name with its line, in text order with the numbers', () => {
    const root = contentWith({
      'content/b/en.md': 'Water reaches Skåne and 4 towns.\nWater reaches Skåne again.\n',
    });
    expect(checkClaims(root)).toEqual([
      'content/b/en.md:1: "Skåne" looks like the name of a place or an organisation but is not in content/glossary.yaml; add it there with its source, or write it in lower case if it is not a name',
      'content/b/en.md:1: the number "4" is not the value of any fact in content/facts.yaml (nor a figure in content/kit.yaml); add the fact with its source, or correct the number',
      'content/b/en.md:2: "Skåne" looks like the name of a place or an organisation but is not in content/glossary.yaml; add it there with its source, or write it in lower case if it is not a name',
    ]);
  });

  it('checks partner names against the glossary and the prose of partners.yaml', () => {
    const root = contentWith({
      'content/partners.yaml':
        'partners:\n  bolmen:\n    name: Bolmen\n  okand:\n    name: Okänt Bolag\n    description: { sv: Har 3 sjöar }\n',
    });
    expect(checkClaims(root)).toEqual([
      'content/partners.yaml: partners.okand.name "Okänt Bolag" is not in content/glossary.yaml; add the name there with its source',
      'content/partners.yaml:5: "Bolag" looks like the name of a place or an organisation but is not in content/glossary.yaml; add it there with its source, or write it in lower case if it is not a name',
      'content/partners.yaml:6: the number "3" is not the value of any fact in content/facts.yaml (nor a figure in content/kit.yaml); add the fact with its source, or correct the number',
    ]);
  });

  it("checks a fact's own words for names only: its numbers are its value", () => {
    const root = contentWith({
      'content/facts.yaml': facts.replace('Number of lakes', 'Number of Skåne'),
    });
    expect(checkClaims(root)).toEqual([
      'content/facts.yaml:3: "Skåne" looks like the name of a place or an organisation but is not in content/glossary.yaml; add it there with its source, or write it in lower case if it is not a name',
    ]);
  });

  it('reports the glossary problem first and alone, since names cannot be checked without it', () => {
    const root = contentWith({
      'content/glossary.yaml': undefined,
      'content/a/sv.md': 'Text med 18 och Skåne.\n',
    });
    expect(checkClaims(root)).toEqual([
      'content/glossary.yaml: the file is missing; it lists the names the texts may use',
    ]);
  });

  it('gives the line of each occurrence, also when the same number comes twice', () => {
    const root = contentWith({
      'content/a/sv.md': 'Första 18.\nAndra 18.\n\n- Tredje 18\n',
    });
    // "Tredje" is a number word (3): the fourth line holds two numbers.
    expect(checkClaims(root).map((p) => /^\S+:\d+: the number "\w+"/u.exec(p)?.[0])).toEqual([
      'content/a/sv.md:1: the number "18"',
      'content/a/sv.md:2: the number "18"',
      'content/a/sv.md:4: the number "Tredje"',
      'content/a/sv.md:4: the number "18"',
    ]);
  });

  it('names the right lines after a number that a YAML string wraps onto the next line', () => {
    // YAML reads "36\n  000" as "36 000", which the file does not hold as written: that number
    // gets the line its string starts on, and the search for the second "18" must go on from the
    // first one, not start over and name line 2 again.
    const root = contentWith({
      'content/a/sv.md':
        '---\nlead: Vattnet från 18 sjöar når 36\n  000 invånare i 18 orter.\n---\nText.\n',
    });
    const rest =
      'is not the value of any fact in content/facts.yaml (nor a figure in content/kit.yaml); add the fact with its source, or correct the number';
    expect(checkClaims(root)).toEqual([
      `content/a/sv.md:2: the number "18" ${rest}`,
      `content/a/sv.md:2: the number "36 000" ${rest}`,
      `content/a/sv.md:3: the number "18" ${rest}`,
    ]);
  });

  it('finds Markdown files in nested folders and nothing else', () => {
    const root = contentWith({
      'content/x/y/z.md': 'Nere 18.\n',
      'content/x/y/z.txt': 'Inte 19.\n',
    });
    expect(checkClaims(root)).toEqual([
      expect.stringMatching(/^content\/x\/y\/z\.md:1: the number "18"/u),
    ]);
  });
});
