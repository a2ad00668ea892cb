// The size reservation is generated from measured heights (build/heights.json). When the
// content or the widget's CSS changes, those heights are stale and the page may jump again:
// this test says so, and how to measure again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heightsFingerprint } from '../build/fingerprint.ts';
import { fitPieces, pieceAt, readHeights, tolerance, widthsOf } from '../build/reservation.ts';
import type { Area, Layout } from '../src/options.ts';
import { reservationKind } from '../src/reservation.ts';
import { packageDir } from './support/fixtures.ts';

describe('build/heights.json', () => {
  it('was measured from the current content and CSS', () => {
    expect(
      readHeights().fingerprint,
      'The content or the CSS changed since the heights were measured: run `npm run measure -w @ljungby/embed-widget`, then build',
    ).toBe(heightsFingerprint(join(packageDir, 'dist')));
  });

  // Within the tolerance of its piece, plus the step to a neighbouring width: between two
  // measured widths the height may change anywhere, so both are covered. Fitting every
  // measurement is pure arithmetic that takes 2–3 s alone, and up to 40 s on a 2-core machine
  // running the whole npm test at once; no speed is under test here.
  it('gives reservation pieces at or above every measured height, and within the tolerance', () => {
    const { sampling, heights } = readHeights();
    for (const [key, hs] of Object.entries(heights)) {
      const [, area, layout] = key.split(' ') as [string, Area, Layout];
      const kind = reservationKind(area, layout);
      const widths = widthsOf(sampling[kind]);
      const pieces = fitPieces(widths, hs, kind);
      widths.forEach((w, i) => {
        const piece = pieceAt(pieces, w);
        const reserved = piece ? piece.a + piece.b * w : 0;
        const h = hs[i] ?? 0;
        const step = Math.max(0, (hs[i - 1] ?? h) - h, (hs[i + 1] ?? h) - h);
        expect(reserved, `${key} at ${w} px`).toBeGreaterThanOrEqual(h);
        expect(reserved - h, `${key} at ${w} px leaves too much blank space`).toBeLessThanOrEqual(
          tolerance(kind, Math.max(...hs)) + step + 1e-6,
        );
      });
    }
  }, 120_000);
});
