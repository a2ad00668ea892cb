// For a print shop: 3 mm of bleed around the page, which the shop trims off (so colour that
// meets the edge still meets it after a slightly uneven cut), and crop marks outside it that
// show where to cut. The page keeps its coordinates: the media box grows to negative ones, the
// trim box stays A4 or A3 and the bleed box says how far the colour reaches.
import { LineCapStyle, rgb, type PDFPage } from 'pdf-lib';
import type { TaggedPage } from './tagged-pdf.ts';

const mm = (n: number) => (n / 25.4) * 72;
/** How far the colour reaches past the trimmed edge. */
export const bleed = mm(3);
/** Crop marks start this far outside the bleed and are this long. */
const markOffset = mm(1);
const markLength = mm(5);

/** Grows the page around its trim box and draws the crop marks (artifacts, not content). */
export function addPrintMarks(page: PDFPage, tags: TaggedPage, width: number, height: number) {
  const start = bleed + markOffset;
  const end = start + markLength;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    page.drawLine({
      start: { x: x1, y: y1 },
      end: { x: x2, y: y2 },
      thickness: 0.25,
      color: rgb(0, 0, 0),
      lineCap: LineCapStyle.Butt,
    });
  };
  tags.artifact(() => {
    for (const x of [0, width])
      for (const y of [0, height]) {
        const sx = x === 0 ? -1 : 1;
        const sy = y === 0 ? -1 : 1;
        line(x + sx * start, y, x + sx * end, y);
        line(x, y + sy * start, x, y + sy * end);
      }
  });
  const margin = end + markOffset;
  page.setMediaBox(-margin, -margin, width + 2 * margin, height + 2 * margin);
  page.setBleedBox(-bleed, -bleed, width + 2 * bleed, height + 2 * bleed);
  page.setTrimBox(0, 0, width, height);
}
