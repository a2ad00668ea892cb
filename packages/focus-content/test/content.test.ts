// Checks that keep the published content true, complete and readable.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../src/rich-text.ts';
import type { LocaleContent } from '../src/types.ts';
import { focusAreaIds } from '../src/ids.ts';
import { lixLimit, wordLimits, type WordLimit } from '../src/limits.ts';
import { countWords, lix } from '../scripts/lib/text.ts';
import { packageDir, published } from './helpers.ts';

const sv = published('sv');
const en = published('en');

/** The announcement, copied verbatim into the fixtures (see test/fixtures/README.md). */
const seed = readFileSync(join(packageDir, 'test', 'fixtures', 'kickoff-article.sv.txt'), 'utf8');
const seedAreas = [...seed.matchAll(/^\s*•\s*(.+?)\s*\n\s*Partner:\s*(.+?)\s*$/gmu)].map((m) => ({
  wording: m[1] ?? '',
  partners: (m[2] ?? '').split(/\s+och\s+/u),
}));
/** The areas the announcement names, in its order: the first ones of the id list. */
const ids = focusAreaIds.slice(0, seedAreas.length);

/** Same keys, same types and same array lengths, recursively. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }
  return value === null ? 'null' : typeof value;
}

describe('sv and en', () => {
  it('have exactly the same structure', () => {
    expect(shape(en)).toEqual(shape(sv));
  });

  it('share every id, number and address', () => {
    const neutral = (c: LocaleContent) => ({
      areas: c.focusAreas.map((a) => ({
        id: a.id,
        accent: a.accentToken,
        official: a.official.original,
        facts: a.facts.map((f) => [f.id, f.source, f.checked]),
        partners: a.partners.map((p) => p.id),
        cta: a.callToAction?.url,
        src: a.illustration.src,
      })),
      partners: c.partners.map((p) => [p.id, p.name, p.kind, p.website, p.focusAreas]),
      goal: [c.vision.goal.year, c.vision.goal.population],
      population: c.vision.population.points,
      license: [c.license.spdx, c.license.url, c.license.attribution],
    });
    expect(neutral(en)).toEqual(neutral(sv));
  });
});

describe('the announcement is followed to the letter', () => {
  it('the copy of the announcement lists four focus areas', () => {
    expect(seedAreas).toHaveLength(4);
  });

  it.each(ids.map((id, i) => [id, i] as const))(
    '%s has the official wording unchanged',
    (id, i) => {
      const area = sv.focusAreas[i];
      expect(area?.id).toBe(id);
      expect(area?.official.original).toBe(seedAreas[i]?.wording);
      expect(area?.official.text).toBe(seedAreas[i]?.wording);
      expect(en.focusAreas[i]?.official.original).toBe(seedAreas[i]?.wording);
    },
  );

  it.each(ids.map((id, i) => [id, i] as const))(
    "%s has the partners the announcement names, by the announcement's names",
    (_id, i) => {
      expect(sv.focusAreas[i]?.partners.map((p) => p.name)).toEqual(seedAreas[i]?.partners);
    },
  );

  it('all seven partners are published, and each belongs to a focus area', () => {
    expect(sv.partners).toHaveLength(7);
    expect(sv.partners.map((p) => p.name).sort()).toEqual(
      seedAreas.flatMap((a) => a.partners).sort(),
    );
    for (const p of sv.partners) expect(p.focusAreas.length).toBeGreaterThan(0);
  });

  it('every partner id in a focus area resolves to a partner, and back', () => {
    for (const c of [sv, en]) {
      for (const area of c.focusAreas) {
        for (const p of area.partners) {
          const partner = c.partners.find((q) => q.id === p.id);
          expect(partner, `${c.locale}/${area.id}: ${p.id}`).toEqual(p);
          expect(partner?.focusAreas).toContain(area.id);
        }
      }
    }
  });

  it('the partner line and the attribution are exact', () => {
    expect(sv.collaboration.partnerLine).toBe('I samarbete med Ljungby kommun');
    expect(en.collaboration.partnerLine).toBe('In collaboration with Ljungby kommun');
    expect(sv.license.attribution).toBe('Ljungby kommun');
    expect(sv.license.spdx).toBe('CC-BY-4.0');
  });
});

describe('facts', () => {
  const areasAndVision = (c: LocaleContent) => [
    ...c.focusAreas.map((a) => ({ where: a.id, facts: a.facts })),
    { where: 'vision', facts: c.vision.facts },
  ];

  it('each focus area shows 2–4 facts, each with a value, a label, a source and a date', () => {
    for (const area of sv.focusAreas) {
      expect(area.facts.length, area.id).toBeGreaterThanOrEqual(2);
      expect(area.facts.length, area.id).toBeLessThanOrEqual(4);
    }
    for (const { where, facts } of [...areasAndVision(sv), ...areasAndVision(en)]) {
      for (const f of facts) {
        expect(f.value, `${where}/${f.id}`).not.toBe('');
        expect(f.label, `${where}/${f.id}`).not.toBe('');
        expect(f.source.url, `${where}/${f.id}`).toMatch(/^https:\/\/[^/\s]+\.[a-z]+\//u);
        expect(f.source.title, `${where}/${f.id}`).not.toBe('');
        expect(f.checked, `${where}/${f.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      }
    }
  });

  it('the vision has the population trend and the goal that facts.md gives', () => {
    expect(sv.vision.population.points).toEqual([
      { year: 2022, value: 28483 },
      { year: 2023, value: 28304 },
      { year: 2024, value: 28280 },
      { year: 2025, value: 28305 },
    ]);
    expect(sv.vision.population.source.url).toMatch(/^https:\/\/www\.ljungby\.se\//u);
    expect(sv.vision.goal).toMatchObject({ year: 2035, population: 35000 });
    expect(sv.vision.statement).toBe('I Ljungby kommun formar vi framtiden tillsammans');
    const current = sv.vision.facts.find((f) => f.id === 'befolkning-2025');
    expect(current?.value).toBe('28\u00a0305');
  });
});

describe('wording that facts.md asks for', () => {
  const allText = (c: LocaleContent) => JSON.stringify(c);

  it('places Forskningsstation Bolmen in Hylte kommun, never in Ljungby kommun', () => {
    const station = sv.partners.find((p) => p.id === 'forskningsstation-bolmen');
    expect(station?.description).toContain('Hylte kommun');
    const vatten = sv.focusAreas.find((a) => a.id === 'vatten');
    expect(blocksToPlainText(vatten?.long ?? [])).toMatch(
      /Forskningsstation Bolmen ligger vid Tiraholm i Hylte kommun/u,
    );
    for (const c of [sv, en]) {
      expect(allText(c)).not.toMatch(/Forskningsstation Bolmen[^.]*(?:i|in) Ljungby kommun/u);
    }
  });

  it('never uses what facts.md marks as wrong', () => {
    for (const c of [sv, en]) expect(allText(c)).not.toMatch(/horn och pipa/iu);
  });

  it('words secondary-source (C*) figures with their source', () => {
    const starred: Record<string, RegExp> = {
      'lokal-16-evenemang-2018': /Smålänningen/u,
      'foretagsklimat-2023': /enligt kommunen|according to the municipality/u,
    };
    for (const c of [sv, en]) {
      for (const area of c.focusAreas) {
        for (const f of area.facts) {
          const pattern = starred[f.id];
          if (pattern) expect(f.label, `${c.locale}/${f.id}`).toMatch(pattern);
        }
      }
    }
  });
});

describe('lengths and readability (the limits of src/limits.ts)', () => {
  const texts = (c: LocaleContent) => [
    ...c.focusAreas.map((a) => ({
      where: a.id,
      summary: a.summary,
      long: a.long,
      limits: wordLimits['focus-area'],
    })),
    { where: 'vision', summary: c.vision.summary, long: c.vision.long, limits: wordLimits.vision },
    {
      where: 'collaboration',
      summary: c.collaboration.summary,
      long: c.collaboration.long,
      limits: wordLimits.collaboration,
    },
  ];
  const within = (n: number, { min, max }: WordLimit, where: string) => {
    expect(n, where).toBeGreaterThanOrEqual(min);
    expect(n, where).toBeLessThanOrEqual(max);
  };

  it('short, medium and long texts are within their word limits', () => {
    for (const c of [sv, en]) {
      for (const t of texts(c)) {
        const where = `${c.locale}/${t.where}`;
        within(countWords(t.summary.short), t.limits['summary.short'], `${where} short`);
        within(countWords(t.summary.medium), t.limits['summary.medium'], `${where} medium`);
        within(countWords(blocksToPlainText(t.long)), t.limits.text, `${where} long`);
      }
    }
  });

  it(`every Swedish short and medium text has a LIX below ${lixLimit} (klarspråk)`, () => {
    const report: string[] = [];
    const tooHard: string[] = [];
    for (const t of texts(sv)) {
      for (const length of ['short', 'medium'] as const) {
        const value = lix(t.summary[length]);
        report.push(`  ${`${t.where}.${length}`.padEnd(22)} LIX ${value.toFixed(1)}`);
        if (value >= lixLimit) tooHard.push(`${t.where}.${length} (${value.toFixed(1)})`);
      }
    }
    console.log(`LIX of the Swedish texts:\n${report.join('\n')}`);
    expect(tooHard).toEqual([]);
  });

  it('the LIX formula gives the textbook values', () => {
    // 4 words, 1 sentence, no long words: 4; 2 words, 1 sentence, 1 long word: 2 + 50.
    expect(lix('Hon har en katt.')).toBe(4);
    expect(lix('Kommunfullmäktige beslutade.')).toBe(102);
    expect(lix('Ett. Två.')).toBe(1);
  });
});

describe('no placeholder text', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  }

  it('anywhere in content/ or in the published JSON', () => {
    const placeholder = /\b(lorem|ipsum|todo|tbd|xxx+|fixme)\b/iu;
    const all = [
      ...files(join(packageDir, 'content')),
      join(packageDir, 'dist', 'json', 'sv.json'),
      join(packageDir, 'dist', 'json', 'en.json'),
    ];
    expect(all.length).toBeGreaterThan(10);
    const found = all.filter((f) => placeholder.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
