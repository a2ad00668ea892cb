// dist/reserve/<kind>.css: the size reservation the recommended snippet links, so that the page does not
// move when the widget renders (CLS 0), with no inline style (a strict style-src that allows the
// CDN passes). Generated from build/heights.json, the heights measured by scripts/measure.ts.
//
// The reservation follows the element's width: the element is a size container, and a float in
// its ::before is as tall as the widget will be at that width: piecewise linear in the width
// (cqi) and in the visitor's font size (em; the widget scales with it), each piece above every
// measured height. The float stays after rendering, so the element is never shorter than the
// reservation (a little blank space at most) and never grows past it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Area, Layout } from '../src/options.ts';
import { reservationKind, type ReservationKind } from '../src/reservation.ts';

export interface Heights {
  fingerprint: string;
  widths: number[];
  /** `"<lang> <area> <layout>"` → height in px at each width. */
  heights: Record<string, number[]>;
}

export const heightsFile = fileURLToPath(new URL('heights.json', import.meta.url));
export const readHeights = () => JSON.parse(readFileSync(heightsFile, 'utf8')) as Heights;

/** Extra room above the measured heights, for fonts that wrap a word earlier than Chromium's. */
const margin = (h: number) => 16 + 0.02 * h;
/** How much blank space (px) one straight piece may leave, at most, before a new one starts. */
const tolerance = (h: number) => Math.max(32, 0.03 * h);

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
export function fitPieces(widths: number[], heights: number[]): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (start < widths.length - 1) {
    let end = start + 1;
    let best = upperLine(cover(widths, heights, start, end));
    while (end + 1 < widths.length) {
      const next = upperLine(cover(widths, heights, start, end + 1));
      if (next.gap > tolerance(Math.max(...heights.slice(start, end + 2)))) break;
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
  const em = round((a + margin(a)) / 16, 2);
  const cqi = round(b * 100, 2);
  return cqi === 0 ? `${em}em` : `calc(${em}em ${cqi < 0 ? '-' : '+'} ${Math.abs(cqi)}cqi)`;
};

/** The selector of one rendering; the defaults (sv, card, all) need no attribute. */
function selector(lang: string, area: string, layout: string) {
  const a = area === 'all' ? ':is([area=all i],:not([area]))' : `[area=${area} i]`;
  return `ljungby-story${a}${layout === 'story' ? '[layout=story i]' : ''}${lang === 'sv' ? '' : `:lang(${lang})`}::before`;
}

/**
 * The reservation stylesheet of one kind of snippet (`card`, `grid` or `story`, see
 * src/reservation.ts): each is a file of its own, so that a card's snippet downloads only the
 * cards' pieces.
 */
export function reservationStylesheet(kind: ReservationKind, data: Heights = readHeights()) {
  const base: string[] = [];
  const byWidth = new Map<string, string[]>();
  for (const [key, heights] of Object.entries(data.heights)) {
    const [lang = '', area = '', layout = ''] = key.split(' ');
    if (reservationKind(area as Area, layout as Layout) !== kind) continue;
    const sel = selector(lang, area, layout);
    fitPieces(data.widths, heights).forEach((piece, i) => {
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
    ...base,
    ...queries,
    '',
  ].join('\n');
}
