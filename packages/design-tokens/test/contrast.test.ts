import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { focusAreaIds } from '../generated/tokens.ts';
import { resolvedColorSchemes } from '../src/color-schemes.ts';
import { paletteOf, type ColorPath, type Palette } from '../src/palette.ts';
import { packageDir, readJson } from './helpers.ts';

interface Pairing {
  foreground: string;
  background: string;
  kind: 'text' | 'large-text' | 'ui';
  usage: string;
}
// The minimum per kind is read from the same file as the pairs, so the tests and the docs that
// show it cannot disagree.
const { pairings, minimums } = readJson<{
  pairings: Pairing[];
  minimums: Record<Pairing['kind'], number>;
}>(`${packageDir}/pairings.json`);

// Every colour context a component can be in: each scheme, with the default accent and with
// each focus area's accent mapped over it (palette.test.ts checks these against tokens.css).
// The palette is looked up inside each test, so that mutation testing sees which test reads it.
const contexts = resolvedColorSchemes.flatMap((scheme) => [
  { name: scheme, scheme, area: undefined },
  ...focusAreaIds.map((area) => ({ name: `${scheme} / ${area}`, scheme, area })),
]);

const cases = contexts.flatMap((ctx) =>
  pairings
    // Pairings without an accent token do not change with the focus area: check them once.
    .filter((p) => !ctx.area || `${p.foreground} ${p.background}`.includes('accent'))
    .map((p) => ({ ...p, context: ctx.name, scheme: ctx.scheme, area: ctx.area })),
);

describe('contrast of every declared pairing (WCAG 2.2 AA)', () => {
  const rows: string[] = [];
  it.each(cases)(
    '$context: $foreground on $background ($kind)',
    ({ foreground, background, kind, scheme, area, context }) => {
      const colors: Palette = paletteOf(scheme, area);
      const fg = colors[foreground as ColorPath];
      const bg = colors[background as ColorPath];
      expect([fg, bg], 'pairings.json names a colour token that does not exist').not.toContain(
        undefined,
      );
      const ratio = wcagContrast(fg, bg);
      rows.push(
        `${context.padEnd(22)} ${`${foreground} on ${background}`.padEnd(52)} ${ratio.toFixed(2)}`,
      );
      expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(minimums[kind]);
    },
  );
  it('reports the table', () => {
    console.log(`${rows.length} pairings checked:\n${rows.join('\n')}`);
    expect(rows).toHaveLength(cases.length);
  });
});
