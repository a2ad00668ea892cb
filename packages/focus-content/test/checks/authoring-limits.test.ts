// The word limits as an author meets them (src/limits.ts through the authoring schema): a field
// over or under its limit is named with its count and the limit; a limit's own edges pass.
import { describe, expect, it } from 'vitest';
import { focusAreaFrontmatter, partnersFile } from '../../scripts/lib/authoring.ts';
import { parseWith, type Problems } from '../../scripts/lib/problems.ts';
import { wordLimits } from '../../src/limits.ts';

const file = 'content/focus-areas/vatten/sv.md';
const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

function problemsOf(schema: Parameters<typeof parseWith>[0], value: unknown): Problems {
  const problems: Problems = [];
  parseWith(schema, value, file, problems);
  return problems;
}

describe('word limits of a focus area', () => {
  const { tagline } = wordLimits['focus-area'];
  const schema = focusAreaFrontmatter.shape.tagline;

  it('accepts the limits themselves', () => {
    expect(problemsOf(schema, words(tagline.min))).toEqual([]);
    expect(problemsOf(schema, words(tagline.max))).toEqual([]);
  });

  it('names the count and the limit it breaks', () => {
    expect(problemsOf(schema, words(tagline.max + 1))).toEqual([
      `${file} has ${tagline.max + 1} words; at most ${tagline.max}`,
    ]);
    expect(problemsOf(schema, words(tagline.min - 1))).toEqual([
      `${file} has ${tagline.min - 1} words; at least ${tagline.min}`,
    ]);
  });

  it('refuses an empty or blank text as empty', () => {
    expect(problemsOf(focusAreaFrontmatter.shape.official, '  ')).toEqual([
      `${file} is "  "; is empty; expected a text`,
    ]);
  });

  it("checks a partner's description in both languages", () => {
    const { max } = wordLimits.partner.description;
    const partners = {
      kinds: {},
      partners: {
        bolmen: {
          name: 'B',
          kind: 'x',
          website: null,
          description: { sv: words(max + 1), en: 'ett två tre' },
        },
      },
    };
    expect(problemsOf(partnersFile, partners)).toContain(
      `${file}: partners.bolmen.description.sv has ${max + 1} words; at most ${max}`,
    );
  });
});
