// The slide as a real PowerPoint file: the same layout as the 16:9 PNG, with the texts as
// editable text boxes (font Atkinson Hyperlegible Next, colours from the tokens) and the
// illustration as a picture with its alt text. The key message is the slide's title
// placeholder (what a screen reader, the outline view and the slide list name the slide by),
// the shapes are in reading order, and the decorative accent bar lives on the slide master,
// outside that order.
import PptxGenJS from 'pptxgenjs';
import { paletteOf } from '../src/colors.ts';
import { fontFamily } from '../src/font.ts';
import { imageFormats } from '../src/format-layouts.ts';
import { imageLayout } from '../src/image-layout.ts';
import { illustrationSvg } from '../src/illustration.ts';
import { layoutColumn, type ColorRole } from '../src/layout.ts';
import { svgToPng } from '../src/share-image.ts';
import type { Subject } from '../src/subject.ts';

/** LAYOUT_WIDE is 13.333 × 7.5 in: 1920 px / 144 per inch. */
const perInch = imageFormats.slide.width / 13.333;
const inch = (px: number) => Number((px / perInch).toFixed(3));
/** 144 px per inch = 72 pt per inch, so one px of the PNG is half a point. */
const pt = (px: number) => Number((px / 2).toFixed(1));

export async function renderPptx(s: Subject, file: string, alt: string): Promise<Uint8Array> {
  const layout = imageLayout('slide', s);
  const blocks = layoutColumn(layout.column, { file, format: 'slide-pptx' });
  const p = paletteOf(s.accentArea, 'light');
  const color = (role: ColorRole) =>
    (role === 'text' ? p.text : role === 'textSubtle' ? p.textSubtle : p.accentText)
      .slice(1)
      .toUpperCase();
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Ljungby kommun';
  pptx.company = 'Ljungby kommun';
  pptx.title = `${s.eyebrow} – ${s.headline}`;
  pptx.subject = s.body;
  const lang = s.locale === 'sv' ? 'sv-SE' : 'en-GB';
  const accent = p.accent.slice(1).toUpperCase();
  const text = (b: (typeof blocks)[number]) => ({
    // Named by field, as the selection pane lists them ("headline", "body", …).
    objectName: b.field,
    x: inch(b.x),
    y: inch(b.y),
    // A little extra width: a substitute font (when Atkinson is not installed) may run wider.
    w: inch(b.width * 1.02),
    h: inch(b.height),
    margin: 0,
    valign: 'top' as const,
    fontFace: fontFamily,
    fontSize: pt(b.size),
    bold: b.weight === 700,
    color: color(b.color),
    lineSpacingMultiple: b.lineHeight,
    lang,
  });
  const headline = blocks.find((b) => b.field === 'headline');
  if (!headline) throw new Error(`${file}: the slide has no headline to be its title`);
  pptx.defineSlideMaster({
    title: 'Berättarkit',
    background: { color: p.surface.slice(1).toUpperCase() },
    objects: [
      {
        rect: {
          x: 0,
          y: 0,
          w: inch(layout.stripe.width),
          h: inch(layout.stripe.height),
          fill: { color: accent },
          line: { color: accent, width: 0 },
        },
      },
      { placeholder: { options: { name: 'title', type: 'title', ...text(headline) }, text: '' } },
    ],
  });
  const slide = pptx.addSlide({ masterName: 'Berättarkit' });
  // Reading order is the order of the shapes: the title, the other texts, then the picture.
  slide.addText(headline.lines.join(' '), { placeholder: 'title', ...text(headline) });
  for (const b of blocks) if (b !== headline) slide.addText(b.lines.join(' '), text(b));
  const { visual } = layout;
  const png = await svgToPng(
    illustrationSvg(s, 'light', visual.width, visual.height, layout.radius),
  );
  slide.addImage({
    data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
    x: inch(visual.x),
    y: inch(visual.y),
    w: inch(visual.width),
    h: inch(visual.height),
    objectName: 'illustration',
    altText: alt,
  });
  const out = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return new Uint8Array(out);
}
