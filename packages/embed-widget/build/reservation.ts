// dist/reserve/<area>-<layout>.css: the size reservation the recommended snippet links, so that the page does not
// move when the widget renders (CLS 0), with no inline style (a strict style-src that allows the
// CDN passes). Generated from build/heights.json, the heights measured by scripts/measure.ts.
//
// The reservation follows the element's width: the element is a size container, and a float in
// its ::before is as tall as the widget will be at that width: piecewise linear in the width
// (cqi) and in the visitor's font size (em; the widget scales with it), each piece at or above
// every measured height, so the widget never grows past it. The float ends with the `rendered`
// state, which the element sets once the blank space left under the drawing cannot be seen
// (src/element.ts): then the text after it moves up unseen. Until then the space can be seen,
// so where that happens, under a card or the grid of cards near the top of a page, the pieces
// hug the heights closely; a story is taller than any screen, so its space is out of sight when
// it renders and its pieces can be coarse (and its stylesheet small).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Area, Layout } from '../src/options.ts';
import { reservationKind, type ReservationKind } from '../src/reservation.ts';

export interface Heights {
  fingerprint: string;
  /** The widths (px, at a 16 px font size) measured for each kind: from, to, step. */
  sampling: Record<ReservationKind, [number, number, number]>;
  /**
   * `"<lang> <area> <layout>"` → height in px at each width of its kind, at a 16 px font size:
   * the taller of the rendering at 16 px and the one at 20 px scaled down by 1.25.
   */
  heights: Record<string, number[]>;
}

/** The widths measured for a kind of reservation. */
export const widthsOf = ([from, to, step]: [number, number, number]) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

export const heightsFile = fileURLToPath(new URL('heights.json', import.meta.url));
export const readHeights = () => JSON.parse(readFileSync(heightsFile, 'utf8')) as Heights;

/**
 * How much blank space (px at 16 px) one straight piece may leave, at most, before a new one
 * starts: little where the space can be seen (12 px, 15 px at a 20 px font size), a lot under a
 * story, where it cannot.
 */
export const tolerance = (kind: ReservationKind, h: number) =>
  kind === 'story' ? Math.max(96, 0.06 * h) : 16;
/** Room above the measured heights for rounding, in px at 16 px. */
const margin = 1;

interface Piece {
  /** The piece applies from this width (px) up; with `above`, only above it. */
  from: number;
  /**
   * At the width `from` itself, the piece before also covers the measured height, and lower:
   * a width just below a step up in height keeps its own height, not the step's.
   */
  above: boolean;
  /** height = a + b × width, in px. */
  a: number;
  b: number;
}

/** A straight line at or above every point, as close as least squares and a lift allow. */
function upperLine(points: [number, number][]): { a: number; b: number; gap: number } {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const b = sxx === 0 ? 0 : points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
  let a = my - b * mx;
  // Lifted to the highest point; the 1e-9 keeps float rounding from leaving it a hair below.
  a += Math.max(...points.map(([x, y]) => y - (a + b * x))) + 1e-9;
  return { a, b, gap: Math.max(...points.map(([x, y]) => a + b * x - y)) };
}

/**
 * Pieces covering every measured height, and between two measured widths the taller of the
 * two (the height may step at any width between them).
 */
export function fitPieces(widths: number[], heights: number[], kind: ReservationKind): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (start < widths.length - 1) {
    let end = start + 1;
    let best = upperLine(cover(widths, heights, start, end));
    while (end + 1 < widths.length) {
      const next = upperLine(cover(widths, heights, start, end + 1));
      if (next.gap > tolerance(kind, Math.max(...heights.slice(start, end + 2)))) break;
      best = next;
      end++;
    }
    const from = widths[start] ?? 0;
    const before = pieces.at(-1);
    // Only for a real difference: lines that meet at `from` differ by rounding noise alone.
    const above = !!before && before.a + before.b * from + 0.5 < best.a + best.b * from;
    pieces.push({ from, above, a: best.a, b: best.b });
    start = end;
  }
  return pieces;
}

/** The piece that gives the reservation at a width. */
export const pieceAt = (pieces: Piece[], width: number) =>
  pieces.findLast((p, i) => i === 0 || p.from < width || (p.from === width && !p.above));

function cover(widths: number[], heights: number[], start: number, end: number) {
  const points: [number, number][] = [];
  for (let k = start; k < end; k++) {
    const top = Math.max(heights[k] ?? 0, heights[k + 1] ?? 0);
    points.push([widths[k] ?? 0, top], [widths[k + 1] ?? 0, top]);
  }
  return points;
}

const round = (n: number, digits: number) => +n.toFixed(digits);

/** The CSS height of a piece: px at a 16 px font size become em, the width term cqi. */
const formula = ({ a, b }: Piece) => {
  const em = round((a + margin) / 16, 2);
  const cqi = round(b * 100, 2);
  return cqi === 0 ? `${em}em` : `calc(${em}em ${cqi < 0 ? '-' : '+'} ${Math.abs(cqi)}cqi)`;
};

/** The selector of one rendering; the defaults (sv, card, all) need no attribute. */
function selector(lang: string, area: string, layout: string) {
  const a = area === 'all' ? ':is([area=all i],:not([area]))' : `[area=${area} i]`;
  return `ljungby-story${a}${layout === 'story' ? '[layout=story i]' : ''}${lang === 'sv' ? '' : `:lang(${lang})`}::before`;
}

/**
 * The reservation stylesheet of one area and layout, in every language (see
 * src/reservation.ts): each is a file of its own, so that a snippet downloads only its widget's
 * pieces.
 */
export function reservationStylesheet(
  forArea: Area,
  forLayout: Layout,
  data: Heights = readHeights(),
) {
  const kind = reservationKind(forArea, forLayout);
  const base: string[] = [];
  const byWidth = new Map<string, string[]>();
  for (const [key, heights] of Object.entries(data.heights)) {
    const [lang = '', area = '', layout = ''] = key.split(' ');
    if (area !== forArea || layout !== forLayout) continue;
    const sel = selector(lang, area, layout);
    fitPieces(widthsOf(data.sampling[kind]), heights, kind).forEach((piece, i) => {
      const rule = `${sel}{height:${formula(piece)}}`;
      if (i === 0) base.push(rule);
      else {
        const query = `${piece.above ? 'width>' : 'min-width:'}${round(piece.from / 16, 3)}em`;
        byWidth.set(query, [...(byWidth.get(query) ?? []), rule]);
      }
    });
  }
  // In order of width, so that a wider piece comes later and wins.
  const em = (query: string) => Number(/[\d.]+/.exec(query)?.[0]);
  const queries = [...byWidth]
    .sort(([a], [b]) => em(a) - em(b) || (a.startsWith('width>') ? 1 : -1))
    .map(([query, rules]) => `@container (${query}){${rules.join('')}}`);
  return [
    'ljungby-story{display:flow-root;container-type:inline-size;font-size:medium}',
    'ljungby-story[hidden]{display:none}',
    'ljungby-story::before{content:"";float:left}',
    'ljungby-story:state(rendered)::before{content:none}',
    ...base,
    ...queries,
    '',
  ].join('\n');
}
