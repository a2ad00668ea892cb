// The illustration part of an image: one focus area's drawing, or every area's in a grid,
// recoloured with each area's accent (as `data-focus-area` does in the components) and cropped
// to fill its box. Written as plain SVG so editors get real shapes, not a picture.
import type { IllustrationData } from '@ljungby/focus-content';
import { paletteOf, recolour } from './colors.ts';
import type { Rect } from './layout.ts';
import type { ResolvedColorScheme } from '@ljungby/design-tokens';
import type { Subject } from './subject.ts';

const escapeAttr = (v: string) =>
  v.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

function shapesOf(data: IllustrationData): string {
  return data.shapes
    .map((shape) => {
      const attrs = Object.entries(shape.attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`);
      // Presentation attributes instead of style="": every SVG reader understands them.
      const styles = Object.entries(shape.style).map(([k, v]) => `${k}="${escapeAttr(v)}"`);
      return `<${shape.tag} ${[...attrs, ...styles].join(' ')}/>`;
    })
    .join('');
}

/**
 * The cells of the visual, one per illustration: the whole box for one, else a grid as near
 * square as the count allows, filled row by row (four areas: 2 × 2; five or six: 3 × 2).
 */
export function visualCells(
  subject: Pick<Subject, 'illustrations'>,
  box: Rect,
  gap: number,
): Rect[] {
  const count = subject.illustrations.length;
  if (count === 1) return [box];
  const columns = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / columns);
  const w = (box.width - gap * (columns - 1)) / columns;
  const h = (box.height - gap * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({
    x: box.x + (i % columns) * (w + gap),
    y: box.y + Math.floor(i / columns) * (h + gap),
    width: w,
    height: h,
  }));
}

/**
 * SVG markup (nested `<svg>` elements) that draws the subject's illustrations into `box`,
 * each cropped to fill its cell (`slice`) with rounded corners.
 */
export function illustrationMarkup(
  subject: Pick<Subject, 'illustrations'>,
  scheme: ResolvedColorScheme,
  box: Rect,
  radius: number,
  idPrefix: string,
): string {
  const gap = radius * 0.75;
  const cells = visualCells(subject, box, gap);
  const r = subject.illustrations.length === 1 ? radius : radius * 0.6;
  return subject.illustrations
    .map((ill, i) => {
      const cell = cells[i] ?? box;
      const data = recolour(ill.data, paletteOf(ill.area, scheme));
      const id = `${idPrefix}-clip-${i}`;
      return (
        `<clipPath id="${id}"><rect x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}" rx="${r}"/></clipPath>` +
        `<g clip-path="url(#${id})"><svg x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}" viewBox="${data.viewBox}" preserveAspectRatio="xMidYMid slice">${shapesOf(data)}</svg></g>`
      );
    })
    .join('');
}

/** A standalone SVG of the illustrations at a size (for PNGs in the PDF and the PPTX). */
export function illustrationSvg(
  subject: Pick<Subject, 'illustrations'>,
  scheme: ResolvedColorScheme,
  width: number,
  height: number,
  radius: number,
): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${illustrationMarkup(subject, scheme, { x: 0, y: 0, width, height }, radius, 'lk')}</svg>`;
}
