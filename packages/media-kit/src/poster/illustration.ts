// Draws the illustrations into a PDF page as vectors (sharp at any print size, a few kB), with
// the same crop (`slice`) and rounded corners as the share images.
import {
  appendBezierCurve,
  clip,
  closePath,
  endPath,
  LineCapStyle,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFPage,
} from 'pdf-lib';
import type { IllustrationShape } from '@ljungby/focus-content';
import { paletteOf, recolour } from '../colors.ts';
import type { Rect } from '../layout.ts';
import type { SubjectIllustration } from '../subject.ts';

const color = (c: string | undefined) => {
  if (!c || c === 'none') return undefined;
  const n = Number.parseInt(c.replace('#', '').slice(0, 6), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** Every shape the illustrations use, as SVG path data. */
function pathOf(shape: IllustrationShape): string {
  const n = (k: string) => Number(shape.attrs[k] ?? 0);
  switch (shape.tag) {
    case 'path':
      return shape.attrs.d ?? '';
    case 'circle':
    case 'ellipse': {
      const rx = shape.tag === 'circle' ? n('r') : n('rx');
      const ry = shape.tag === 'circle' ? n('r') : n('ry');
      const [cx, cy] = [n('cx'), n('cy')];
      return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
    }
    case 'rect':
      return `M${n('x')} ${n('y')}h${n('width')}v${n('height')}h${-n('width')}Z`;
    case 'line':
      return `M${n('x1')} ${n('y1')}L${n('x2')} ${n('y2')}`;
    case 'polygon':
    case 'polyline':
      return `M${(shape.attrs.points ?? '').trim()}${shape.tag === 'polygon' ? 'Z' : ''}`;
  }
}

/** A rounded rectangle as a clipping path (PDF y axis points up; `top` is the page top). */
export function clipRounded(page: PDFPage, cell: Rect, r: number, pageHeight: number) {
  const k = 0.5523 * r;
  const x0 = cell.x;
  const x1 = cell.x + cell.width;
  const y0 = pageHeight - cell.y; // top edge
  const y1 = pageHeight - cell.y - cell.height; // bottom edge
  page.pushOperators(
    pushGraphicsState(),
    moveTo(x0 + r, y0),
    lineTo(x1 - r, y0),
    appendBezierCurve(x1 - r + k, y0, x1, y0 - r + k, x1, y0 - r),
    lineTo(x1, y1 + r),
    appendBezierCurve(x1, y1 + r - k, x1 - r + k, y1, x1 - r, y1),
    lineTo(x0 + r, y1),
    appendBezierCurve(x0 + r - k, y1, x0, y1 + r - k, x0, y1 + r),
    lineTo(x0, y0 - r),
    appendBezierCurve(x0, y0 - r + k, x0 + r - k, y0, x0 + r, y0),
    closePath(),
    clip(),
    endPath(),
  );
}

/**
 * Draws one illustration into its cell (page units, y from the top), cropped to fill it (`slice`)
 * with rounded corners of radius `r`.
 */
export function drawIllustration(page: PDFPage, ill: SubjectIllustration, cell: Rect, r: number) {
  const pageHeight = page.getHeight();
  const data = recolour(ill.data, paletteOf(ill.area, 'light'));
  const [vx = 0, vy = 0, vw = 1, vh = 1] = data.viewBox.split(/[\s,]+/u).map(Number);
  const scale = Math.max(cell.width / vw, cell.height / vh);
  const x = cell.x + (cell.width - vw * scale) / 2 - vx * scale;
  const top = cell.y + (cell.height - vh * scale) / 2 - vy * scale;
  clipRounded(page, cell, r, pageHeight);
  for (const shape of data.shapes) {
    const fill = shape.style.fill ?? shape.attrs.fill;
    const stroke = shape.style.stroke ?? shape.attrs.stroke;
    const opacity = shape.attrs.opacity ? Number(shape.attrs.opacity) : undefined;
    page.drawSvgPath(pathOf(shape), {
      x,
      y: pageHeight - top,
      scale,
      color: color(fill),
      opacity,
      borderColor: color(stroke),
      borderOpacity: opacity,
      // drawSvgPath scales the line width with the path, so it takes the drawing's own width.
      borderWidth: stroke ? Number(shape.attrs['stroke-width'] ?? 1) : 0,
      borderLineCap: shape.attrs['stroke-linecap'] === 'round' ? LineCapStyle.Round : undefined,
    });
  }
  page.pushOperators(popGraphicsState());
}
