import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { builtTokens, distDir, flatten, readJson } from './helpers.ts';

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
}>(`${distDir}/json/pairings.json`);
const built = builtTokens();

// Every colour context a component can be in: each scheme, with the default accent and with
// each focus area's accent mapped over it.
const contexts = (['light', 'dark'] as const).flatMap((mode) => [
  { name: mode, colors: flatten(built[mode]) },
  ...Object.entries(built.focusAreas).map(([id, byMode]) => {
    const colors = flatten(built[mode]);
    flatten(byMode[mode], ['color']).forEach((v, k) => colors.set(k, v));
    return { name: `${mode} / ${id}`, colors };
  }),
]);

const cases = contexts.flatMap((ctx) =>
  pairings
    // Pairings without an accent token do not change with the focus area: check them once.
    .filter((p) => !ctx.name.includes('/') || `${p.foreground} ${p.background}`.includes('accent'))
    .map((p) => ({ ...p, context: ctx.name, colors: ctx.colors })),
);

describe('contrast of every declared pairing (WCAG 2.2 AA)', () => {
  const rows: string[] = [];
  it.each(cases)(
    '$context: $foreground on $background ($kind)',
    ({ foreground, background, kind, colors, context }) => {
      const fg = String(colors.get(foreground));
      const bg = String(colors.get(background));
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
