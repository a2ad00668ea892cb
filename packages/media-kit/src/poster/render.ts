// The poster as a tagged PDF (PDF/UA-1): real, selectable text in the embedded font, title and
// language set, the illustration as vectors with its alternative text, the key message, a fact
// with its source, the source line, and where to read more as a link and a QR code; read in
// that order by a screen reader. Runs in Node (the build) and in the browser (the template
// studio): pdf-lib and its fontkit are plain JavaScript, and the font files come in as bytes.
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { paletteOf, type Palette } from '../colors.ts';
import type { FontWeight } from '../font.ts';
import { visualCells } from '../illustration.ts';
import { labels } from '../labels.ts';
import type { ColorRole, PlacedBlock, Rect } from '../layout.ts';
import { qrCode } from '../qr-code.ts';
import { drawIllustration } from './illustration.ts';
import { posterLayout, posterSizes, type PosterFormat, type PosterSubject } from './layout.ts';
import { pdfFontkit } from './pdf-fontkit.ts';
import { drawPhoto, drawPicture, embedPicture } from './pictures.ts';
import { addPrintMarks, bleed } from './print-marks.ts';
import { TaggedPage, type PdfBox, type StructureElement } from './tagged-pdf.ts';

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
  /** Who made it, for the document's metadata. @default 'Ljungby kommun' */
  author?: string;
  /** For a print shop: 3 mm bleed around the page and crop marks. @default false */
  printMarks?: boolean;
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
 * text does not fit, the font lacks a glyph or the link is too long for a QR code.
 *
 * @example renderPoster(subjectOf('vatten', 'sv'), { format: 'poster-a4', fonts })
 */
export async function renderPoster(
  s: PosterSubject,
  options: PosterOptions,
): Promise<PosterResult> {
  const {
    format,
    fonts: fontFiles,
    date = new Date(),
    file = 'poster.pdf',
    author = 'Ljungby kommun',
    printMarks = false,
  } = options;
  const { width, height, scale: k } = posterSizes[format];
  const layout = posterLayout(s, file, format);
  const qr = s.readMore.url
    ? qrCode(s.readMore.url, { file, format, field: 'readMore.url' })
    : null;
  const palette = paletteOf(s.accentArea, 'light');
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  const fonts: Record<FontWeight, PDFFont> = {
    400: await doc.embedFont(fontFiles[400], { subset: true }),
    700: await doc.embedFont(fontFiles[700], { subset: true }),
  };
  const info = {
    title: [s.eyebrow, s.headline].filter(Boolean).join(' – '),
    lang: s.locale === 'sv' ? 'sv-SE' : 'en-GB',
    author,
    subject: s.body,
    creator: 'Berättarkit, @ljungby/media-kit',
    producer: 'pdf-lib',
    date,
  };
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setLanguage(info.lang);
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const page = doc.addPage([width, height]);
  const tags = new TaggedPage(doc, page);
  /** A rectangle of the A4 layout (y from the top) in PDF space on this page. */
  const box = (r: Rect): PdfBox => [
    r.x * k,
    height - (r.y + r.height) * k,
    (r.x + r.width) * k,
    height - r.y * k,
  ];
  // The accent bar meets the top edge: for a print shop it reaches into the bleed.
  const over = printMarks ? bleed : 0;
  tags.artifact(() => {
    page.drawRectangle({
      x: -over,
      y: height - layout.stripe * k,
      width: width + 2 * over,
      height: layout.stripe * k + over,
      color: hex(palette.accent),
    });
  });
  const photo = s.photo ? await embedPicture(doc, s.photo, 'photo') : null;
  const logo = s.logo ? await embedPicture(doc, s.logo, 'logo') : null;

  const drawBlock = (owner: StructureElement, b: PlacedBlock) => {
    const font = fonts[b.weight];
    const ascent = font.heightAtSize(b.size, { descender: false });
    const full = font.heightAtSize(b.size);
    tags.content(owner, () => {
      b.lines.forEach((line, i) => {
        // CSS-like half-leading: the glyphs sit in the middle of each line box.
        const lineTop = b.y + i * b.size * b.lineHeight;
        const baseline = lineTop + (b.size * b.lineHeight - full) / 2 + ascent;
        page.drawText(line, {
          x: b.x * k,
          y: height - baseline * k,
          size: b.size * k,
          font,
          color: hex(roleColor(palette, b.color)),
        });
      });
    });
  };

  // Reading order: the key message and its text, the fact, the picture, the link, the credits.
  const figures = () => {
    const scaled = {
      x: layout.visual.x * k,
      y: layout.visual.y * k,
      width: layout.visual.width * k,
      height: layout.visual.height * k,
    };
    const radius = layout.radius * k;
    if (photo && s.photo) {
      const { photo: data } = s;
      const bbox = box(layout.visual);
      // A photo without a description is decoration to a screen reader, not a blank figure.
      if (s.illustrationAlt.trim()) {
        const figure = tags.element('Figure', tags.root, { alt: s.illustrationAlt, bbox });
        tags.content(figure, () => {
          drawPhoto(page, photo, data, scaled, radius);
        });
      } else
        tags.artifact(() => {
          drawPhoto(page, photo, data, scaled, radius);
        });
    }
    if (logo && layout.logo) {
      const place = layout.logo.box;
      const alt = [labels[s.locale].logo, s.eyebrow].filter(Boolean).join(': ');
      const figure = tags.element('Figure', tags.root, { alt, bbox: box(place) });
      tags.content(figure, () => {
        drawPicture(page, logo, {
          x: place.x * k,
          y: place.y * k,
          width: place.width * k,
          height: place.height * k,
        });
      });
    }
    if (photo) return;
    const cells = visualCells(s, scaled, radius * 0.75);
    s.illustrations.forEach((ill, i) => {
      const cell = cells[i] ?? scaled;
      const r = s.illustrations.length === 1 ? radius : radius * 0.6;
      const bbox: PdfBox = [
        cell.x,
        height - cell.y - cell.height,
        cell.x + cell.width,
        height - cell.y,
      ];
      const figure = tags.element('Figure', tags.root, { alt: ill.alt, bbox });
      tags.content(figure, () => {
        drawIllustration(page, ill, cell, r);
      });
    });
  };
  let fact: StructureElement | undefined;
  let figuresDrawn = false;
  const footer = new Set(['readMore', 'sourceLine', 'credit']);
  for (const b of layout.blocks) {
    // The pictures come after the texts they illustrate, before the link and the credits.
    if (!figuresDrawn && (footer.has(b.field) || b.field.startsWith('creditLines.'))) {
      figures();
      figuresDrawn = true;
    }
    if (b.field === 'readMore' && qr && layout.qr) {
      const qrBox = layout.qr;
      const link = tags.element('Link', tags.element('P'));
      const label = `${s.readMore.label}: ${s.readMore.url}`;
      drawBlock(link, b);
      tags.link(link, box(b), s.readMore.url, label);
      const qrFigure = tags.element('Figure', link, {
        alt: labels[s.locale].qrCode,
        bbox: box(qrBox),
      });
      tags.content(qrFigure, () => {
        page.drawSvgPath(qr.path, {
          x: qrBox.x * k,
          y: height - qrBox.y * k,
          scale: (qrBox.width * k) / qr.size,
          color: hex(palette.text),
        });
      });
      tags.link(link, box(qrBox), s.readMore.url, label);
      continue;
    }
    // The figure and what it is reads as one sentence: "184 km² är ytan på Bolmen …".
    if (b.field === 'fact.label' && fact) {
      drawBlock(fact, b);
      continue;
    }
    const el = tags.element(b.field === 'headline' ? 'H1' : 'P');
    if (b.field === 'fact.value') fact = el;
    drawBlock(el, b);
  }
  if (!figuresDrawn) figures();
  if (printMarks) addPrintMarks(page, tags, width, height);
  tags.finish(info);
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, blocks: layout.blocks, width, height };
}
