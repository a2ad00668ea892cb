// The size reservation is generated from measured heights (build/heights.json). When the
// content or the widget's CSS changes, those heights are stale and the page may jump again:
// this test says so, and how to measure again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heightsFingerprint } from '../build/fingerprint.ts';
import { fitPieces, pieceAt, readHeights } from '../build/reservation.ts';
import { packageDir } from './support/fixtures.ts';

describe('build/heights.json', () => {
  it('was measured from the current content and CSS', () => {
    expect(
      readHeights().fingerprint,
      'The content or the CSS changed since the heights were measured: run `npm run measure -w @ljungby/embed-widget`, then build',
    ).toBe(heightsFingerprint(join(packageDir, 'dist')));
  });

  it('gives reservation pieces at or above every measured height, and near it', () => {
    const { widths, heights } = readHeights();
    for (const [key, hs] of Object.entries(heights)) {
      const pieces = fitPieces(widths, hs);
      widths.forEach((w, i) => {
        const piece = pieceAt(pieces, w);
        const reserved = piece ? piece.a + piece.b * w : 0;
        const h = hs[i] ?? 0;
        expect(reserved, `${key} at ${w} px`).toBeGreaterThanOrEqual(h);
        expect(reserved - h, `${key} at ${w} px leaves too much blank space`).toBeLessThanOrEqual(
          Math.max(48, 0.05 * h),
        );
      });
    }
  });
});
