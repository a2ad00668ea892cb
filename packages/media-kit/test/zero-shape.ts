// Looking at a drawn zero as a reader does: is there a slash across it, and is its counter (the
// hole) one region or two? Works on any bitmap: a glyph drawn alone, or a rendered image.
import { createCanvas, Path2D } from '@napi-rs/canvas';
import type { Glyph } from 'fontkit';

export interface Bitmap {
  width: number;
  height: number;
  isInk: (x: number, y: number) => boolean;
}
/** A box in pixels, inclusive of its edges. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
type FontPoint = { x: number; y: number };
/** Where a point in font units (y up) lands in the bitmap. */
export type ToPixel = (p: FontPoint) => { x: number; y: number };

/** A bitmap from RGBA pixels: ink is a pixel darker than mid-grey (dark text on a light surface). */
export function bitmapOf(rgba: ArrayLike<number>, width: number, height: number): Bitmap {
  return {
    width,
    height,
    isInk: (x, y) => {
      const i = (Math.round(y) * width + Math.round(x)) * 4;
      const luminance =
        0.2126 * (rgba[i] ?? 255) + 0.7152 * (rgba[i + 1] ?? 255) + 0.0722 * (rgba[i + 2] ?? 255);
      return luminance < 128;
    },
  };
}

/** One glyph drawn alone, black on white, `size` px to the em. */
export function drawGlyph(glyph: Glyph, unitsPerEm: number, size: number) {
  const scale = size / unitsPerEm;
  const margin = 8;
  const { minX, minY, maxX, maxY } = glyph.bbox;
  const width = Math.ceil((maxX - minX) * scale) + margin * 2;
  const height = Math.ceil((maxY - minY) * scale) + margin * 2;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.translate(margin - minX * scale, margin + maxY * scale);
  ctx.scale(scale, -scale);
  ctx.fill(new Path2D(glyph.path.toSVG()));
  const toPixel: ToPixel = (p) => ({
    x: margin + (p.x - minX) * scale,
    y: margin + (maxY - p.y) * scale,
  });
  const bitmap = bitmapOf(ctx.getImageData(0, 0, width, height).data, width, height);
  return { bitmap, toPixel, box: { left: 0, top: 0, right: width - 1, bottom: height - 1 } };
}

/**
 * Points along the middle of the slash of a slashed zero, in font units: the slash is the band
 * between the two straight edges of its counter's pieces (they run in opposite directions).
 */
export function slashMiddle(slashed: Glyph): FontPoint[] {
  const edges: [FontPoint, FontPoint][] = [];
  let at: FontPoint = { x: 0, y: 0 };
  for (const { command, args } of slashed.path.commands) {
    const end = { x: args.at(-2) ?? at.x, y: args.at(-1) ?? at.y };
    if (command === 'lineTo') edges.push([at, end]);
    at = end;
  }
  const [[p, q], [r, s]] = edges as [[FontPoint, FontPoint], [FontPoint, FontPoint]];
  if (edges.length !== 2) throw new Error(`expected two straight edges, found ${edges.length}`);
  const from = { x: (p.x + s.x) / 2, y: (p.y + s.y) / 2 };
  const to = { x: (q.x + r.x) / 2, y: (q.y + r.y) / 2 };
  return [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((t) => ({
    x: from.x + (to.x - from.x) * t,
    y: from.y + (to.y - from.y) * t,
  }));
}

/**
 * The counters in a box: regions of background (4-connected) that do not reach the box's edge.
 * A plain zero has one; a slashed zero has two.
 */
export function countersIn(bitmap: Bitmap, box: Box): number {
  const w = box.right - box.left + 1;
  const seen = new Uint8Array(w * (box.bottom - box.top + 1));
  const fill = (x0: number, y0: number): boolean => {
    let enclosed = true;
    const stack = [[x0, y0]];
    while (stack.length) {
      const [x, y] = stack.pop() as [number, number];
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
      const k = (y - box.top) * w + (x - box.left);
      if (seen[k] || bitmap.isInk(x, y)) continue;
      seen[k] = 1;
      if (x === box.left || x === box.right || y === box.top || y === box.bottom) enclosed = false;
      stack.push([x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]);
    }
    return enclosed;
  };
  let counters = 0;
  for (let y = box.top; y <= box.bottom; y++)
    for (let x = box.left; x <= box.right; x++) {
      const k = (y - box.top) * w + (x - box.left);
      if (!seen[k] && !bitmap.isInk(x, y) && fill(x, y)) counters++;
    }
  return counters;
}
