// The plain zero: the slashed zero's outer oval, and one counter in place of the two pieces the
// slash cuts it into. The counter is made of the font's own curves: of its four quarters
// (bottom to right, right to top, top to left, left to bottom), the slash cuts two; each of
// those is the mirror image of the whole quarter beside it, across the zero's vertical axis.
// The result is exact (integer points, the same quadratic curves, smooth at the extremes) and
// keeps the glyph's bounding box, so its metrics do not move.
import { boundsOf, type Contour, type Point } from './glyf.ts';

type Extreme = 'bottom' | 'right' | 'top' | 'left';

/**
 * The counter's quarters in the direction TrueType draws a counter (anticlockwise, y up). In
 * this order, quarter i and quarter 3 − i are mirror images across the vertical axis.
 */
const quarters: readonly (readonly [Extreme, Extreme])[] = [
  ['bottom', 'right'],
  ['right', 'top'],
  ['top', 'left'],
  ['left', 'bottom'],
];

/** The contours of a plain zero from those of a slashed one; `glyph` names it in errors. */
export function plainZero(contours: readonly Contour[], glyph: string): Contour[] {
  const fail = (what: string): never => {
    throw new Error(
      `glyph "${glyph}": ${what}; expected the slashed zero's outer oval and a counter cut by the slash into two pieces`,
    );
  };
  if (contours.length !== 3) fail(`it has ${contours.length} contours`);
  const area = (c: Contour) => {
    const b = boundsOf([c]);
    return (b.xMax - b.xMin) * (b.yMax - b.yMin);
  };
  const [outer, ...pieces] = [...contours].sort((a, b) => area(b) - area(a));
  if (!outer) return fail('it has no outline');

  const { xMin, yMin, xMax, yMax } = boundsOf(pieces.map((p) => p.filter((q) => q.onCurve)));
  const isAt: Record<Extreme, (p: Point) => boolean> = {
    bottom: (p) => p.y === yMin,
    right: (p) => p.x === xMax,
    top: (p) => p.y === yMax,
    left: (p) => p.x === xMin,
  };
  const extreme = (side: Extreme): Point =>
    pieces.flat().find((p) => p.onCurve && isAt[side](p)) ??
    fail(`its counter has no on-curve point at its ${side}`);
  const same = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

  // A piece's arc from one extreme to the next, without its end point, if the slash did not
  // cut it (a cut arc runs along the slash: two on-curve points in a row, a straight line).
  const wholeArc = ([from, to]: readonly [Extreme, Extreme]): Point[] | undefined => {
    for (const piece of pieces) {
      const start = piece.findIndex((p) => same(p, extreme(from)));
      if (start < 0) continue;
      const arc: Point[] = [];
      for (let k = 0; k < piece.length; k++) {
        const point = piece[(start + k) % piece.length] as Point;
        if (k > 0 && same(point, extreme(to))) return arc;
        if (k > 0 && point.onCurve && arc.at(-1)?.onCurve) return undefined;
        arc.push(point);
      }
    }
    return undefined;
  };
  const whole = quarters.map(wholeArc);
  const counter = quarters.flatMap(([from, to], i) => {
    const own = whole[i];
    if (own) return own;
    const mirror = whole[3 - i];
    const [mirrorFrom, mirrorTo] = quarters[3 - i] ?? [to, from];
    if (!mirror) return fail(`the slash cuts both its ${from}–${to} quarter and the mirror image`);
    // Mirrored, the arc runs the other way: its far end (the mirror of `from`) comes first.
    const flipped = [...mirror, extreme(mirrorTo)]
      .map((p) => ({ ...p, x: xMin + xMax - p.x }))
      .reverse();
    // It joins the font's own quarters only if the counter is symmetric about the axis.
    if (!same(flipped[0] as Point, extreme(from)) || !same(flipped.at(-1) as Point, extreme(to)))
      fail(
        `its counter is not symmetric about x = ${(xMin + xMax) / 2} (${mirrorFrom}–${mirrorTo})`,
      );
    return flipped.slice(0, -1);
  });
  return [outer, counter];
}
