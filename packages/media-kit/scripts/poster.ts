// The poster: an A4 (or, scaled by √2, A3) PDF with real, selectable text in the embedded font,
// document title and language set, the illustration, the key message, a fact with its source,
// the source line and where to read more.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { paletteOf, spaceRem, type Palette } from '../src/colors.ts';
import { sourcesLine } from '../src/figure-sources.ts';
import { fontBytes } from '../src/font.ts';
import { layoutColumn, type ColorRole, type PlacedBlock } from '../src/layout.ts';
import type { Subject } from '../src/subject.ts';
import { drawIllustrations } from './pdf-illustration.ts';

export const posterSizes = {
  'poster-a4': { width: 595.28, height: 841.89, scale: 1 },
  'poster-a3': { width: 841.89, height: 1190.55, scale: Math.SQRT2 },
} as const;
export type PosterFormat = keyof typeof posterSizes;

const A4 = posterSizes['poster-a4'];

/** Where everything goes on A4, in pt; A3 draws the same layout scaled. */
export function posterLayout(s: Subject, file: string, format: PosterFormat) {
  const rem = 12;
  const sp = (step: string) => spaceRem(step) * rem;
  const pad = sp('8');
  const visual = { x: pad, y: pad, width: A4.width - 2 * pad, height: (A4.width - 2 * pad) / 1.6 };
  const top = visual.y + visual.height + sp('6');
  const sources = sourcesLine(s.lang, Object.values(s.sources).flat());
  const blocks = layoutColumn(
    {
      box: { x: pad, y: top, width: visual.width, height: A4.height - pad - top },
      top: [
        {
          field: 'eyebrow',
          text: s.eyebrow,
          size: 14,
          weight: 700,
          lineHeight: 1.25,
          color: 'accentText',
        },
        {
          field: 'headline',
          text: s.headline,
          size: 32,
          minSize: 24,
          weight: 700,
          lineHeight: 1.15,
          color: 'text',
          gap: sp('3'),
        },
        {
          field: 'body',
          text: s.body,
          size: 13,
          weight: 400,
          lineHeight: 1.45,
          color: 'text',
          gap: sp('5'),
        },
        ...(s.fact
          ? ([
              {
                field: 'fact.value',
                text: s.fact.value,
                size: 28,
                weight: 700,
                lineHeight: 1.1,
                color: 'accentText',
                gap: sp('6'),
              },
              {
                field: 'fact.label',
                text: s.fact.label,
                size: 12,
                weight: 400,
                lineHeight: 1.4,
                color: 'text',
                gap: sp('1'),
              },
            ] as const)
          : []),
        // Every figure drawn above (the poster draws every text) with its source, under it.
        ...(sources
          ? ([
              {
                field: 'sources',
                text: sources,
                size: 9,
                weight: 400,
                lineHeight: 1.4,
                color: 'textSubtle',
                gap: sp('1'),
              },
            ] as const)
          : []),
      ],
      bottom: [
        {
          field: 'readMore',
          text: `${s.readMore.label}: ${s.readMore.url}`,
          size: 11,
          weight: 700,
          lineHeight: 1.4,
          color: 'text',
          gap: sp('6'),
        },
        {
          field: 'sourceLine',
          text: s.sourceLine,
          size: 9,
          weight: 400,
          lineHeight: 1.4,
          color: 'textSubtle',
          gap: sp('1'),
        },
        {
          field: 'credit',
          text: s.credit,
          size: 9,
          weight: 400,
          lineHeight: 1.4,
          color: 'textSubtle',
          gap: sp('1'),
        },
      ],
    },
    { file, format },
  );
  return { pad, visual, stripe: sp('2'), radius: sp('4'), blocks };
}

const hex = (c: string) => {
  const n = Number.parseInt(c.slice(1, 7), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};
const roleColor = (p: Palette, role: ColorRole) =>
  role === 'text' ? p.text : role === 'textSubtle' ? p.textSubtle : p.accentText;

export interface PosterResult {
  bytes: Uint8Array;
  blocks: PlacedBlock[];
  width: number;
  height: number;
}

export async function renderPoster(
  s: Subject,
  format: PosterFormat,
  file: string,
  date: Date,
): Promise<PosterResult> {
  const { width, height, scale: k } = posterSizes[format];
  const layout = posterLayout(s, file, format);
  const palette = paletteOf(s.accentArea, 'light');
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Record<400 | 700, PDFFont> = {
    400: await doc.embedFont(fontBytes(400), { subset: true }),
    700: await doc.embedFont(fontBytes(700), { subset: true }),
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
