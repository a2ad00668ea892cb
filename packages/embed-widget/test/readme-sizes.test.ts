// The README's size tables are written by scripts/readme-sizes.ts from snippetCost(); a text,
// style or area that changes what a visitor downloads makes them stale, and this says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snippetCost } from '../dist/index.js';
import { readmeWithSizes, sizeBlocks } from '../scripts/readme-sizes.ts';
import { packageDir } from './support/fixtures.ts';

const readmePath = join(packageDir, 'README.md');

describe("the README's size tables", () => {
  it('give what snippetCost measures, in both languages', async () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(
      readme,
      'README.md: the sizes are stale; run `npm run readme:sizes -w @ljungby/embed-widget`',
    ).toBe(await readmeWithSizes(readme, readmePath, snippetCost));
    // Loading Prettier to lay out the tables takes seconds on a busy 2-core machine (the whole
    // npm test at once); the check itself is a string comparison, not a timing.
  }, 30_000);

  it('split the reservation from the rest of the CSS, and add up to the total', () => {
    const card = snippetCost({ area: 'vatten' });
    const withoutReservation = snippetCost({ area: 'vatten', reservation: 'none' });
    expect(card.styleBytes).toBeGreaterThan(withoutReservation.styleBytes);
    const row = sizeBlocks(snippetCost).en.split('\n')[2] ?? '';
    const [, , script, css, reservation, texts, total] = row.split('|').map((c) => parseFloat(c));
    expect(row).toMatch(/^\| one card \|/u);
    expect((script ?? 0) + (css ?? 0) + (reservation ?? 0) + (texts ?? 0)).toBeCloseTo(
      total ?? 0,
      0,
    );
  });
});
