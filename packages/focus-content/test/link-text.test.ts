// The link words' template, as an author meets it: a missing or doubled {name} is named.
import { describe, expect, it } from 'vitest';
import { collaborationFrontmatter } from '../scripts/lib/authoring.ts';
import { parseWith, type Problems } from '../scripts/lib/problems.ts';

const file = 'content/collaboration/sv.md';
const problemsWith = (area: string): Problems => {
  const problems: Problems = [];
  parseWith(
    collaborationFrontmatter.shape.linkText,
    { all: 'Fokusområdena', area },
    file,
    problems,
  );
  return problems;
};

describe('linkText.area', () => {
  it('accepts one {name}', () => {
    expect(problemsWith('{name} – ett av Ljungby kommuns fokusområden')).toEqual([]);
  });

  it.each([['Sagobygden – ett fokusområde'], ['{name} och {name}']])(
    'refuses %j, naming the file, the field and what is expected',
    (area) => {
      const [problem, ...rest] = problemsWith(area);
      expect(rest).toEqual([]);
      expect(problem).toContain(file);
      expect(problem).toContain('area');
      expect(problem).toContain(
        "must contain {name} exactly once, where the focus area's name goes",
      );
    },
  );
});
