// The poster as a PDF: real, selectable text in the embedded font, document title and language
// set, the illustration as vectors, the key message, a fact with its source, the source line
// and where to read more. Runs in Node (the build) and in the browser (the template studio):
// pdf-lib and its fontkit are plain JavaScript, and the font files come in as bytes.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { paletteOf, type Palette } from '../colors.ts';
import type { FontWeight } from '../font.ts';
import type { ColorRole, PlacedBlock } from '../layout.ts';
import { drawIllustrations } from './illustration.ts';
import { posterLayout, posterSizes, type PosterFormat, type PosterSubject } from './layout.ts';

export interface PosterOptions {
  /** `poster-a4` or `poster-a3` (the A4 layout scaled by √2). */
  format: PosterFormat;
  /**
   * The font files (Atkinson Hyperlegible Next, `.woff`, `.ttf` or `.otf`) by weight: the same
   * bytes the layout measured with. In Node, `fontBytes(weight)` from `../font.ts`.
   */
  fonts: Record<FontWeight, Uint8Array>;
  /** The document's creation and modification date. @default new Date() */
  date?: Date;
  /** Names the output in error messages (a text that does not fit). @default 'poster.pdf' */
  file?: string;
}

export interface PosterResult {
  bytes: Uint8Array;
  /** The texts as placed on A4, in reading order (for alt texts and the build's checks). */
  blocks: PlacedBlock[];
  /** Page size in pt. */
  width: number;
  height: number;
}

const hex = (c: string) => {
  const n = Number.parseInt(c.slice(1, 7), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};
const roleColor = (p: Palette, role: ColorRole) =>
  role === 'text' ? p.text : role === 'textSubtle' ? p.textSubtle : p.accentText;

/**
 * Lays out and writes one poster. Throws a MediaKitError naming `file` and the field when a
 * text does not fit or the font lacks a glyph.
 *
 * @example renderPoster(subjectOf('vatten', 'sv'), { format: 'poster-a4', fonts })
 */
export async function renderPoster(
  s: PosterSubject,
  options: PosterOptions,
): Promise<PosterResult> {
  const { format, fonts: fontFiles, date = new Date(), file = 'poster.pdf' } = options;
  const { width, height, scale: k } = posterSizes[format];
  const layout = posterLayout(s, file, format);
  const palette = paletteOf(s.accentArea, 'light');
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Record<FontWeight, PDFFont> = {
    400: await doc.embedFont(fontFiles[400], { subset: true }),
    700: await doc.embedFont(fontFiles[700], { subset: true }),
  };
  doc.setTitle(`${s.eyebrow} – ${s.headline}`, { showInWindowTitleBar: true });
  doc.setLanguage(s.lang === 'sv' ? 'sv-SE' : 'en-GB');
  doc.setAuthor('Ljungby kommun');
  doc.setSubject(s.body);
  doc.setCreator('Berättarkit, @ljungby/media-kit');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const page = doc.addPage([width, height]);
  const y = (top: number) => height - top * k;
  page.drawRectangle({
    x: 0,
    y: y(layout.stripe),
    width,
    height: layout.stripe * k,
    color: hex(palette.accent),
  });
  const { visual } = layout;
  drawIllustrations(
    page,
    s,
    { x: visual.x * k, y: visual.y * k, width: visual.width * k, height: visual.height * k },
    layout.radius * k,
  );

  for (const b of layout.blocks) {
    const font = fonts[b.weight];
    const ascent = font.heightAtSize(b.size, { descender: false });
    const full = font.heightAtSize(b.size);
    b.lines.forEach((line, i) => {
      // CSS-like half-leading: the glyphs sit in the middle of each line box.
      const lineTop = b.y + i * b.size * b.lineHeight;
      const baseline = lineTop + (b.size * b.lineHeight - full) / 2 + ascent;
      page.drawText(line, {
        x: b.x * k,
        y: y(baseline),
        size: b.size * k,
        font,
        color: hex(roleColor(palette, b.color)),
      });
    });
  }
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, blocks: layout.blocks, width, height };
}
