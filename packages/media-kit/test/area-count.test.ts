// The images that show every area (the vision and `all`) follow the content's count of areas:
// a fifth area gets its own cell and the labels say "Fem", with no other file to change.
import { describe, expect, it } from 'vitest';
import { visualCells } from '../src/illustration.ts';
import { labels } from '../src/labels.ts';
import type { Subject } from '../src/subject.ts';

const box = { x: 100, y: 50, width: 600, height: 400 };
const gap = 12;
const withIllustrations = (count: number) =>
  ({ illustrations: Array.from({ length: count }) }) as unknown as Subject;

describe('visualCells', () => {
  it('gives one illustration the whole box', () => {
    expect(visualCells(withIllustrations(1), box, gap)).toEqual([box]);
  });

  it('lays four out 2 × 2, as the published images show them', () => {
    expect(visualCells(withIllustrations(4), box, gap)).toEqual([
      { x: 100, y: 50, width: 294, height: 194 },
      { x: 406, y: 50, width: 294, height: 194 },
      { x: 100, y: 256, width: 294, height: 194 },
      { x: 406, y: 256, width: 294, height: 194 },
    ]);
  });

  it.each([2, 3, 5, 6, 7, 9])(
    'gives each of %i illustrations its own cell inside the box',
    (count) => {
      const cells = visualCells(withIllustrations(count), box, gap);
      expect(cells).toHaveLength(count);
      for (const [i, a] of cells.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(box.x);
        expect(a.y).toBeGreaterThanOrEqual(box.y);
        expect(a.x + a.width).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(a.y + a.height).toBeLessThanOrEqual(box.y + box.height + 1e-9);
        for (const b of cells.slice(i + 1)) {
          const apart =
            a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y;
          expect(apart, `cells ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(true);
        }
      }
    },
  );
});

describe('labels that count the areas', () => {
  it('count in words: four areas are "Fyra fokusområden", as the published images say', () => {
    expect(labels.sv.allAreas(4)).toBe('Fyra fokusområden');
    expect(labels.en.allAreas(4)).toBe('Four focus areas');
    expect(labels.sv.illustrationsOf(4)).toBe('Fyra illustrationer');
  });

  it('follow a fifth area, and fall back to digits for large counts', () => {
    expect(labels.sv.allAreas(5)).toBe('Fem fokusområden');
    expect(labels.en.illustrationsOf(5)).toBe('Five illustrations');
    expect(labels.sv.allAreas(12)).toBe('12 fokusområden');
  });
});
