// TrueType outlines (the glyf and loca tables): every glyph as its own bytes, so that one glyph
// can be replaced and all others are written back exactly as they were; and a simple glyph
// (contours of on- and off-curve points) decoded and encoded. Spec: OpenType, "glyf" and "loca".

/** A point of a contour in font units, y up; off-curve points are quadratic control points. */
export interface Point {
  x: number;
  y: number;
  onCurve: boolean;
}
export type Contour = Point[];

/** Each glyph's bytes, cut from glyf at the offsets in loca (short loca stores offset / 2). */
export function glyphsOf(glyf: Uint8Array, loca: Uint8Array, longLoca: boolean): Uint8Array[] {
  const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const offsetAt = (i: number) => (longLoca ? view.getUint32(i * 4) : view.getUint16(i * 2) * 2);
  const count = loca.length / (longLoca ? 4 : 2) - 1;
  return Array.from({ length: count }, (_, i) => glyf.slice(offsetAt(i), offsetAt(i + 1)));
}

/** glyf and loca from each glyph's bytes, in the same loca format. */
export function writeGlyf(
  glyphs: readonly Uint8Array[],
  longLoca: boolean,
): { glyf: Uint8Array; loca: Uint8Array } {
  const size = glyphs.reduce((total, g) => total + g.length, 0);
  const glyf = new Uint8Array(size);
  const loca = new Uint8Array((glyphs.length + 1) * (longLoca ? 4 : 2));
  const view = new DataView(loca.buffer);
  let offset = 0;
  glyphs.forEach((glyph, i) => {
    setOffset(i, offset);
    glyf.set(glyph, offset);
    offset += glyph.length;
  });
  setOffset(glyphs.length, offset);
  return { glyf, loca };

  function setOffset(i: number, value: number) {
    if (longLoca) {
      view.setUint32(i * 4, value);
      return;
    }
    // Short loca can only say even offsets up to 131 070.
    if (value % 2 || value > 0x1fffe)
      throw new Error(`glyf offset ${value} does not fit short loca`);
    view.setUint16(i * 2, value / 2);
  }
}

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

/** A glyph's number of contours: -1 for a composite glyph (made of other glyphs), 0 if empty. */
export const contourCountOf = (bytes: Uint8Array) =>
  bytes.length ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt16(0) : 0;

/** The contours of a simple glyph (a composite glyph, or an empty one, is an error). */
export function decodeSimpleGlyph(bytes: Uint8Array): Contour[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const contourCount = contourCountOf(bytes);
  if (contourCount <= 0) throw new Error('not a simple glyph with outlines');
  const ends = Array.from({ length: contourCount }, (_, i) => view.getUint16(10 + i * 2));
  const pointCount = (ends.at(-1) ?? -1) + 1;
  let at = 10 + contourCount * 2;
  at += 2 + view.getUint16(at); // the instructions are skipped
  const flags: number[] = [];
  while (flags.length < pointCount) {
    const flag = view.getUint8(at++);
    flags.push(flag);
    if (flag & REPEAT) for (let n = view.getUint8(at++); n > 0; n--) flags.push(flag);
  }
  const coordinates = (short: number, sameOrPositive: number) => {
    let value = 0;
    return flags.map((flag) => {
      if (flag & short) {
        const delta = view.getUint8(at++);
        value += flag & sameOrPositive ? delta : -delta;
      } else if (!(flag & sameOrPositive)) {
        value += view.getInt16(at);
        at += 2;
      }
      return value;
    });
  };
  const xs = coordinates(X_SHORT, X_SAME_OR_POSITIVE);
  const ys = coordinates(Y_SHORT, Y_SAME_OR_POSITIVE);
  const points = flags.map((flag, i) => ({
    x: xs[i] ?? 0,
    y: ys[i] ?? 0,
    onCurve: (flag & ON_CURVE) !== 0,
  }));
  return ends.map((end, i) => points.slice(i ? (ends[i - 1] ?? 0) + 1 : 0, end + 1));
}

/** The bounding box of contours' points, as glyf and head store it. */
export function boundsOf(contours: readonly Contour[]) {
  const points = contours.flat();
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    xMin: Math.min(...xs),
    yMin: Math.min(...ys),
    xMax: Math.max(...xs),
    yMax: Math.max(...ys),
  };
}

/** A simple glyph without instructions (the kit's font has none), padded to an even length. */
export function encodeSimpleGlyph(contours: readonly Contour[]): Uint8Array {
  const points = contours.flat();
  const flags: number[] = [];
  const xBytes: number[] = [];
  const yBytes: number[] = [];
  let previous = { x: 0, y: 0 };
  for (const point of points) {
    let flag = point.onCurve ? ON_CURVE : 0;
    flag |= delta(point.x - previous.x, xBytes, X_SHORT, X_SAME_OR_POSITIVE);
    flag |= delta(point.y - previous.y, yBytes, Y_SHORT, Y_SAME_OR_POSITIVE);
    flags.push(flag);
    previous = point;
  }
  const headerSize = 10 + contours.length * 2 + 2;
  const size = headerSize + flags.length + xBytes.length + yBytes.length;
  const bytes = new Uint8Array(size + (size % 2));
  const view = new DataView(bytes.buffer);
  const { xMin, yMin, xMax, yMax } = boundsOf(contours);
  [contours.length, xMin, yMin, xMax, yMax].forEach((value, i) => {
    view.setInt16(i * 2, value);
  });
  let end = -1;
  contours.forEach((contour, i) => {
    end += contour.length;
    view.setUint16(10 + i * 2, end);
  });
  view.setUint16(headerSize - 2, 0); // no instructions
  bytes.set([...flags, ...xBytes, ...yBytes], headerSize);
  return bytes;
}

/** One coordinate's delta: its flag bits, and its bytes pushed onto `out` (none when 0). */
function delta(value: number, out: number[], short: number, sameOrPositive: number): number {
  if (value === 0) return sameOrPositive;
  if (Math.abs(value) < 256) {
    out.push(Math.abs(value));
    return short | (value > 0 ? sameOrPositive : 0);
  }
  out.push((value >> 8) & 0xff, value & 0xff);
  return 0;
}
