// A share image or slide as SVG, in Node (the build, the API) and in the browser (the template
// studio) alike: the texts are laid out by layout.ts with the font's metrics and drawn as
// outlines of the same font (glyph-paths.ts), the illustrations as real SVG shapes, and every
// colour comes from the tokens. Every text's contrast is checked before anything is drawn.
import { contrastRatio, paletteOf, type Palette } from './colors.ts';
import { editableSvg } from './editable-svg.ts';
import { MediaKitError } from './errors.ts';
import { imageFormats, type ImageFormat } from './format-layouts.ts';
import { blockPath } from './glyph-paths.ts';
import { illustrationMarkup } from './illustration.ts';
import { imageLayout } from './image-layout.ts';
import { layoutColumn, type ColorRole, type PlacedBlock } from './layout.ts';
import { logoMarkup, photoMarkup } from './picture.ts';
import { describeSvg } from './svg-description.ts';
import { altText } from './texts.ts';
import type { ResolvedColorScheme } from '@ljungby/design-tokens';
import type { Subject } from './subject.ts';

/** WCAG AA for text (all texts on the images are checked against it). */
export const minContrast = 4.5;

/** The texts and colours an image was drawn with, for the build's checks. */
export interface RenderedImage {
  /** Texts as vector paths: looks the same everywhere (and makes the PNG). */
  svg: string;
  /** Texts as live, editable `<text>` in the named typeface, for drawing programs. */
  editableSvg: string;
  width: number;
  height: number;
  blocks: PlacedBlock[];
  /** Each text's colour pair and its contrast ratio. */
  contrast: { field: string; foreground: string; background: string; ratio: number }[];
}

export const roleColor = (p: Palette, role: ColorRole): string =>
  role === 'text' ? p.text : role === 'textSubtle' ? p.textSubtle : p.accentText;

const rect = (r: { x: number; y: number; width: number; height: number }, fill: string) =>
  `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${fill}"/>`;

/**
 * Where the texts of an image go, without drawing it: for checks as the reader types (does it
 * fit?). Throws a MediaKitError naming file, field and format, as `drawImage` does.
 */
export function imageBlocks(subject: Subject, format: ImageFormat, file: string): PlacedBlock[] {
  return layoutColumn(imageLayout(format, subject, file).column, { file, format });
}

/** Draws one image of a subject. Throws a MediaKitError naming file, field and format. */
export function drawImage(
  subject: Subject,
  format: ImageFormat,
  scheme: ResolvedColorScheme,
  file: string,
): RenderedImage {
  const { width, height } = imageFormats[format];
  const where = { file, format };
  const layout = imageLayout(format, subject, file);
  const palette = paletteOf(subject.accentArea, scheme);
  const blocks = layoutColumn(layout.column, where);

  const contrast = blocks.map((b) => {
    const foreground = roleColor(palette, b.color);
    const ratio = contrastRatio(foreground, palette.surface);
    if (ratio < minContrast)
      throw new MediaKitError(
        { ...where, field: b.field },
        `text contrast ${ratio.toFixed(2)}:1 (${foreground} on ${palette.surface}) is below ${minContrast}:1`,
        'contrast',
      );
    return { field: b.field, foreground, background: palette.surface, ratio };
  });

  const { photo, logo } = subject;
  // What is drawn under and around the texts: the illustration or the partner's photo, the logo.
  const art = (id: string) =>
    (photo
      ? photoMarkup(photo, layout.visual, layout.radius, `${id}-photo`)
      : illustrationMarkup(subject, scheme, layout.visual, layout.radius, id)) +
    (logo && layout.logo
      ? logoMarkup(logo, layout.logo, paletteOf(subject.accentArea, 'light').surface)
      : '');
  const description = {
    title: [subject.eyebrow, subject.headline].filter(Boolean).join(' – '),
    desc: altText(subject, blocks),
    lang: subject.lang,
  };
  // xlink:href, which every SVG editor reads, for a partner's own pictures.
  const xlink = photo || logo ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : '';
  const svg = describeSvg(
    `<svg xmlns="http://www.w3.org/2000/svg"${xlink} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      rect({ x: 0, y: 0, width, height }, palette.surface) +
      rect(layout.stripe, palette.accent) +
      blocks.map((b) => blockPath(b, roleColor(palette, b.color))).join('') +
      art(`lk-${format}`) +
      '</svg>',
    description,
  );
  const editable = editableSvg({
    width,
    height,
    palette,
    stripe: layout.stripe,
    blocks,
    art: art(`lk-${format}-e`),
    description,
    xlink: xlink !== '',
  });
  return { svg, editableSvg: editable, width, height, blocks, contrast };
}
