// The word check fails for each fault the issue plants, naming the file, the line and the rule:
// a number that is no fact in a site page, an unknown organisation in a README's partner text,
// "ni" in a guideline page, "npm:s CDN" anywhere, a Swedish site string without its English
// twin, a committed README example that differs from today's render. All six go into one copy
// of the repository, checked once; a copy without them is checked too, so that each fault is the
// plant's and not one that was there before.
import { matchesGlob } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sources, type Source } from '../sources.ts';
import type { Fault } from '../src/fault.ts';
import { runWordCheck } from '../src/run.ts';
import { repoCopy, type RepoCopy } from './support.ts';

interface Plant {
  name: string;
  file: string;
  from: string;
  to: string;
  rule: string;
  /** What the fault's message must say. */
  says: RegExp;
  /** Set when planted: the line the planted words are on. */
  line?: number;
}

const plants: Plant[] = [
  {
    name: 'a number that is no fact, in a site page',
    file: 'apps/site/src/content/guidelines/sv/delta.md',
    from: '## Vill du bli partner?\n',
    to: '## Vill du bli partner?\n\nI kommunen finns 42 000 företag.\n',
    rule: 'claims/number',
    says: /the number "42 000" is not the value of any fact/u,
  },
  {
    name: "an unknown organisation in a README's partner text",
    file: 'README.md',
    from: '## Vad är Berättarkit?\n',
    to: '## Vad är Berättarkit?\n\nKommunen samarbetar också med Ljungbyheds Tapetfabrik.\n',
    rule: 'claims/name',
    says: /"Ljungbyheds" looks like a name/u,
  },
  {
    name: '"ni" in a guideline page',
    file: 'apps/site/src/content/guidelines/sv/partnerraden.md',
    from: '---\n\n',
    to: '---\n\nHär kan ni läsa om partnerraden.\n\n',
    rule: 'tone/du',
    says: /"ni"/u,
  },
  {
    name: '"npm:s CDN" anywhere',
    file: 'packages/embed-widget/docs/wordpress.md',
    from: '# WordPress\n',
    to: '# WordPress\n\nKoden hämtas från npm:s CDN.\n',
    rule: 'tone/jsdelivr',
    says: /"npm:s CDN"/u,
  },
  {
    name: 'a Swedish site string without its English twin',
    file: 'apps/site/src/lib/start-words.ts',
    from: '  sv: {\n',
    to: "  sv: {\n    planted: 'Ett ord utan tvilling',\n",
    rule: 'parity',
    says: /startWords\.en lacks "planted"/u,
  },
  {
    name: "a committed README example that differs from today's render",
    file: 'packages/ui-components/README.md',
    from: '```html\n<article class="lk-focus-area-card"',
    to: '```html\n<article class="lk-focus-area-card lk-planted"',
    rule: 'copies',
    says: /differs from today's render \(the components' documented HTML/u,
  },
];

/**
 * The sources of the planted files only, each read as sources.ts reads it: the whole check runs on
 * them (and on every rendered copy), in seconds even on a busy machine.
 */
const plantedSources: Source[] = sources.flatMap((source) => {
  const files = plants
    .map((p) => p.file)
    .filter((file) => source.files.some((glob) => matchesGlob(file, glob)));
  return files.length > 0 ? [{ ...source, files: [...new Set(files)] }] : [];
});

let clean: RepoCopy;
let planted: RepoCopy;
const found: { clean: Fault[]; planted: Fault[] } = { clean: [], planted: [] };

beforeAll(async () => {
  clean = repoCopy();
  planted = repoCopy();
  for (const p of plants) {
    // The line of the planted words: the first line of `to` that `from` does not have.
    const first = planted.plant(p.file, p.from, p.to);
    const added = p.to.split('\n').findIndex((l, i) => l !== p.from.split('\n')[i]);
    p.line = first + Math.max(added, 0);
  }
  expect(plantedSources.flatMap((s) => s.files).sort()).toEqual(
    [...new Set(plants.map((p) => p.file))].sort(),
  );
  found.clean = (await runWordCheck(clean.root, plantedSources)).faults;
  found.planted = (await runWordCheck(planted.root, plantedSources)).faults;
});

afterAll(() => {
  clean.remove();
  planted.remove();
});

describe('npm run check:words fails for each planted fault, naming file, line and rule', () => {
  for (const p of plants) {
    it(p.name, () => {
      const at = (f: Fault) => f.file === p.file && f.line === p.line && f.rule === p.rule;
      const fault = found.planted.find((f) => at(f) && p.says.test(f.message));
      expect(fault, `no [${p.rule}] fault at ${p.file}:${String(p.line)}`).toBeDefined();
      expect(found.clean.filter(at)).toEqual([]);
    });
  }

  it('says nothing else of the planted copy that it does not say of the clean one', () => {
    const key = (f: Fault) => `${f.file} ${f.rule} ${f.message}`;
    const before = new Set(found.clean.map(key));
    const extra = found.planted.filter((f) => !before.has(key(f)));
    // The organisation's second word is a name too; everything else is one fault per plant.
    expect(extra.length).toBeGreaterThanOrEqual(plants.length);
    for (const f of extra) {
      expect(plants.some((p) => p.file === f.file)).toBe(true);
    }
  });
});
