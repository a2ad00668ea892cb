// Text layout with the font's own metrics: lines are broken here, checked against their box,
// and then drawn exactly as broken (as outlines in the images, as text in the PDFs). A text
// that does not fit stops the build with a MediaKitError; nothing is ever cut.
import { MediaKitError } from './errors.ts';
import { fontFamily, missingGlyphs, textWidth, type FontWeight } from './font.ts';

export type ColorRole = 'text' | 'textSubtle' | 'accentText';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A text to place: sizes in the output's unit (px for images, pt for PDFs). */
export interface BlockSpec {
  /** The content field, named in errors, e.g. `headline`. */
  field: string;
  text: string;
  size: number;
  /** When set, the block may shrink down to this size to fit (the key message does). */
  minSize?: number;
  weight: FontWeight;
  lineHeight: number;
  color: ColorRole;
  /** Space above the block (ignored for the first block of a stack). */
  gap?: number;
}

export interface PlacedBlock extends Omit<BlockSpec, 'minSize' | 'gap'> {
  x: number;
  y: number;
  width: number;
  lines: string[];
  height: number;
}

export interface ColumnSpec {
  box: Rect;
  /** Stacked from the top of the box. */
  top: BlockSpec[];
  /** Stacked upwards from the bottom of the box (the credit). */
  bottom: BlockSpec[];
  /**
   * Where the top stack sits in the space above the bottom stack: at the top, in the middle, or
   * right above the bottom stack (`bottom`: texts on a panel over a photo). @default 'top'
   */
  align?: 'top' | 'center' | 'bottom';
  /**
   * Room kept in the bottom right corner (a logo on its plate, and the space beside it): the
   * bottom stack beside it is narrower, and the top stack ends above the taller of the two;
   * `gap` above the corner when no bottom text stands beside it, so that texts never touch it.
   */
  corner?: { width: number; height: number; gap: number };
}

export interface Where {
  file: string;
  format: string;
}

/** Horizontal safety margin: a line may use this share of its box at most. */
const widthSlack = 0.98;

/**
 * Breaks a text into lines that fit `width`; throws when a single word is wider than the box.
 * A link wider than the box breaks after a slash, as printed addresses do.
 */
export function wrap(block: BlockSpec, size: number, width: number, where: Where): string[] {
  const limit = width * widthSlack;
  const fits = (text: string) => textWidth(text, size, block.weight) <= limit;
  const lines: string[] = [];
  for (const paragraph of block.text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const pieces = !fits(word) && word.includes('/') ? word.split(/(?<=\/)/u) : [word];
      pieces.forEach((piece, i) => {
        const candidate = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
        if (fits(candidate)) {
          line = candidate;
          return;
        }
        if (!line || !fits(piece))
          throw new MediaKitError(
            { ...where, field: block.field },
            `the word ${JSON.stringify(piece)} is ${Math.round(textWidth(piece, size, block.weight))} wide at size ${size}; the box is ${Math.round(width)} wide`,
          );
        lines.push(line);
        line = piece;
      });
    }
    lines.push(line);
  }
  return lines;
}

/** Checks that the embedded font has every character of the text. */
export function assertGlyphs(block: BlockSpec, where: Where): void {
  const missing = missingGlyphs(block.text, block.weight);
  if (missing.length > 0)
    throw new MediaKitError(
      { ...where, field: block.field },
      `the font ${fontFamily} has no glyph for ${missing.map((c) => `${JSON.stringify(c)} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`,
      'glyph',
      missing,
    );
}

const heightOf = (lines: number, size: number, lineHeight: number) => lines * size * lineHeight;

/**
 * Places a column's blocks. The shrinkable block (the key message) steps down from its size to
 * its minSize until everything fits; if it still does not, the build stops.
 */
export function layoutColumn(column: ColumnSpec, where: Where): PlacedBlock[] {
  const { box } = column;
  for (const b of [...column.top, ...column.bottom]) assertGlyphs(b, where);

  const bottomWidth = box.width - (column.corner?.width ?? 0);
  const place = (b: BlockSpec, size: number, width = box.width) => {
    const lines = wrap(b, size, width, where);
    return { spec: b, size, lines, height: heightOf(lines.length, size, b.lineHeight) };
  };
  const stackHeight = (items: { spec: BlockSpec; height: number }[]) =>
    items.reduce((sum, it, i) => sum + it.height + (i > 0 ? (it.spec.gap ?? 0) : 0), 0);

  const bottom = column.bottom.map((b) => place(b, b.size, bottomWidth));
  const bottomHeight = stackHeight(bottom);
  const occupied = Math.max(bottomHeight, column.corner?.height ?? 0);
  const gapToBottom = column.bottom[0]?.gap ?? column.corner?.gap ?? 0;
  const available = box.height - occupied - (occupied > 0 ? gapToBottom : 0);

  const shrinkable = column.top.find((b) => b.minSize !== undefined);
  let size = shrinkable?.size ?? 0;
  const minSize = shrinkable?.minSize ?? size;
  let top = column.top.map((b) => place(b, b.size));
  while (stackHeight(top) > available && shrinkable && size > minSize) {
    size = Math.max(minSize, Math.floor(size * 0.95));
    top = column.top.map((b) => place(b, b === shrinkable ? size : b.size));
  }
  if (stackHeight(top) > available) {
    const worst = shrinkable ?? column.top.at(-1);
    throw new MediaKitError(
      { ...where, field: worst?.field ?? 'text' },
      `the text does not fit: it needs ${Math.ceil(stackHeight(top))} in height${shrinkable ? ` at the smallest size ${minSize}` : ''}, the box has ${Math.floor(available)} (${top.map((t) => `${t.spec.field}: ${t.lines.length} lines`).join(', ')})`,
      'fit',
    );
  }

  const placed: PlacedBlock[] = [];
  const room = available - stackHeight(top);
  let y = box.y + (column.align === 'center' ? room / 2 : column.align === 'bottom' ? room : 0);
  top.forEach((it, i) => {
    if (i > 0) y += it.spec.gap ?? 0;
    placed.push(toPlaced(it, box.x, y, box.width));
    y += it.height;
  });
  let yb = box.y + box.height - bottomHeight;
  bottom.forEach((it, i) => {
    if (i > 0) yb += it.spec.gap ?? 0;
    placed.push(toPlaced(it, box.x, yb, bottomWidth));
    yb += it.height;
  });
  return placed;
}

function toPlaced(
  it: { spec: BlockSpec; size: number; lines: string[]; height: number },
  x: number,
  y: number,
  width: number,
): PlacedBlock {
  const { field, text, weight, lineHeight, color } = it.spec;
  return {
    field,
    text,
    weight,
    lineHeight,
    color,
    size: it.size,
    x,
    y,
    width,
    lines: it.lines,
    height: it.height,
  };
}
