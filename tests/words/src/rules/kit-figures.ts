// The kit's own figures: numbers a text may state about the kit itself rather than the place,
// each read from its one home. A text that says "högst 25 ord" or "ljust (50) till mörkt (950)"
// repeats one of these; a figure that is in none of them (nor a fact) is a claim to check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { focusAreaIds, getPartners, lixLimit, locales, wordLimits } from '@ljungby/focus-content';
import { headingLevels } from '@ljungby/ui-components/markup';

const require = createRequire(import.meta.url);

/** The steps of the tokens' colour ramps (50 … 950), from the built catalogue. */
function rampSteps(): number[] {
  const catalog = JSON.parse(
    readFileSync(require.resolve('@ljungby/design-tokens/catalog'), 'utf8'),
  ) as { path: string }[];
  const steps = catalog
    .map((t) => /^color\.[a-z-]+\.(\d+)$/u.exec(t.path)?.[1])
    .filter((s): s is string => s !== undefined);
  return [...new Set(steps)].map(Number);
}

export function kitFigures(): Set<string> {
  const limits = Object.values(wordLimits).flatMap((kind) =>
    Object.values(kind).flatMap((l: { min: number; max: number }) => [l.min, l.max]),
  );
  const figures = [
    ...limits,
    lixLimit,
    focusAreaIds.length,
    getPartners('sv').length,
    locales.length,
    ...headingLevels,
    ...rampSteps(),
  ];
  return new Set(figures.map(String));
}
