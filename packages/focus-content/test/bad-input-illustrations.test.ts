// Bad input in the illustrations: an SVG without a <title>, with a colour of its own instead of a
// kit token, or with an element an embed cannot redraw; and, end to end, that the build script
// exits non-zero and prints such a problem. Each message names the file, what is wrong and what
// is expected.
import { describe, expect, it } from 'vitest';
import { runBuildScript } from './helpers.ts';
import { plantedMistakes, vattenSvg, type Mistake } from './planted-mistakes.ts';

const { plant, expectAccepted, expectReported } = plantedMistakes();

const mistakes: Mistake[] = [
  {
    name: 'an SVG without <title>',
    edits: [[vattenSvg, /<title>.*<\/title>/u, '']],
    problems: [
      'content/illustrations/vatten.svg: has no <title>; add <title>…</title> with a short description in Swedish as the first child of <svg>',
    ],
  },
  {
    name: 'an SVG with a hard-coded colour',
    edits: [[vattenSvg, 'style="fill:var(--lk-color-accent-default,#006799)"', 'fill="#006799"']],
    report:
      'content/illustrations/vatten.svg: has fill="#006799" on <path>; colour shapes with style="fill:var(--lk-color-accent-default,#006799)"',
  },
  {
    name: 'an SVG shape with a fixed colour that equals the default (black)',
    edits: [[vattenSvg, 'style="fill:var(--lk-color-accent-border,#64c1ff)"/>', 'fill="#000"/>']],
    problems: [
      'content/illustrations/vatten.svg: has fill="#000" on <circle>; colour shapes with style="fill:var(--lk-color-accent-default,#006799)" (a kit token with a fallback) or fill="currentColor"',
    ],
  },
  {
    name: 'an SVG shape without a fill, which paints black',
    edits: [[vattenSvg, ' style="fill:var(--lk-color-accent-border,#64c1ff)"/>', '/>']],
    report:
      'content/illustrations/vatten.svg: has a <circle> without a fill, which paints it black;',
  },
  {
    name: 'an SVG with an element an embed cannot redraw',
    edits: [[vattenSvg, '</svg>', '<text x="10" y="20">Bolmen</text></svg>']],
    report: 'content/illustrations/vatten.svg: uses <text>; only simple shapes',
  },
];

describe('bad illustrations fail the build with a message an author can act on', () => {
  it('accepts the real content (so the cases below fail for their own reason)', () => {
    expectAccepted();
  });

  for (const mistake of mistakes) {
    it(mistake.name, () => {
      expectReported(mistake);
    });
  }

  it('the build script exits non-zero and prints the problems', () => {
    const copy = plant([[vattenSvg, /<title>.*<\/title>/u, '']]);
    const result = runBuildScript(copy.root, copy.root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('focus-content: the content has 1 problem(s):');
    expect(result.output).toContain('content/illustrations/vatten.svg: has no <title>');
  });
});
