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
import { layoutColumn, type ColorRole, type PlacedBlock, type Rect } from './layout.ts';
import type { OwnPictures } from './own-pictures.ts';
import { describeSvg } from './svg-description.ts';
import { imageTexts } from './texts.ts';
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

/** The panel under texts over a photo: around `parts`, `margin` beyond them, inside `bounds`. */
function panelAround(
  parts: readonly { x: number; y: number; width: number; height: number }[],
  { margin, radius, bounds }: { margin: number; radius: number; bounds: Rect },
): Rect & { radius: number } {
  const x = Math.max(bounds.x, Math.min(...parts.map((p) => p.x)) - margin);
  const y = Math.max(bounds.y, Math.min(...parts.map((p) => p.y)) - margin);
  const right = Math.min(
    bounds.x + bounds.width,
    Math.max(...parts.map((p) => p.x + p.width)) + margin,
  );
  const bottom = Math.min(
    bounds.y + bounds.height,
    Math.max(...parts.map((p) => p.y + p.height)) + margin,
  );
  return { x, y, width: right - x, height: bottom - y, radius };
}

/**
 * Draws one image of a subject. Throws a MediaKitError naming file, field and format. A
 * partner's own photo and logo are drawn with `own` (`ownPictures`, which the browser entry
 * exports): the Node API draws the kit's own subjects only and leaves that code out.
 */
export function drawImage(
  subject: Subject,
  format: ImageFormat,
  scheme: ResolvedColorScheme,
  file: string,
  own?: OwnPictures,
): RenderedImage {
  const { width, height } = imageFormats[format];
  const where = { file, format };
  if ((subject.photo || subject.logo) && !own)
    throw new MediaKitError(
      { ...where, field: subject.photo ? 'photo' : 'logo' },
      'a partner’s own photo or logo is drawn with ownPictures, from @ljungby/media-kit/draw',
    );
  const layout = imageLayout(format, subject, file);
  const palette = paletteOf(subject.accentArea, scheme);
  const blocks = layoutColumn(layout.column, where);

  const { photo, logo } = subject;
  // Over a photo, the panel wraps the placed texts (and the logo), and each text's contrast is
  // its worst against the panel over the photo.
  const panel =
    layout.scrim &&
    panelAround([...blocks, ...(layout.logo ? [layout.logo.plate] : [])], layout.scrim);
  const scrim =
    photo && panel && own
      ? own.scrimFor(
          blocks.map((b) => ({ rect: b, color: roleColor(palette, b.color) })),
          palette.surface,
          photo,
          own.photoPlacement(photo, layout.visual),
          minContrast,
        )
      : undefined;
  const contrast = blocks.map((b, i) => {
    const foreground = roleColor(palette, b.color);
    const ratio = scrim?.ratios[i] ?? contrastRatio(foreground, palette.surface);
    if (ratio < minContrast)
      throw new MediaKitError(
        { ...where, field: b.field },
        `text contrast ${ratio.toFixed(2)}:1 (${foreground} on ${palette.surface}) is below ${minContrast}:1`,
        'contrast',
      );
    return { field: b.field, foreground, background: palette.surface, ratio };
  });

  // What is drawn under and around the texts: the illustration or the partner's photo, the logo.
  const picture = (id: string) =>
    (photo && own
      ? own.photoMarkup(photo, layout.visual, layout.radius, `${id}-photo`)
      : illustrationMarkup(subject, scheme, layout.visual, layout.radius, id)) +
    (scrim && panel
      ? `<rect x="${panel.x}" y="${panel.y}" width="${panel.width}" height="${panel.height}" rx="${panel.radius}" fill="${palette.surface}" fill-opacity="${scrim.opacity}"/>`
      : '');
  const logoArt = () =>
    logo && layout.logo && own
      ? own.logoMarkup(logo, layout.logo, paletteOf(subject.accentArea, 'light').surface)
      : '';
  const art = (id: string) => picture(id) + logoArt();
  // A background photo and its panel go under the texts; a framed picture beside them.
  const under = scrim ? picture(`lk-${format}`) : '';
  const beside = scrim ? logoArt() : art(`lk-${format}`);
  const description = {
    title: [subject.eyebrow, subject.headline].filter(Boolean).join(' – '),
    desc: imageTexts(subject, blocks, where).description,
    lang: subject.locale,
  };
  // xlink:href, which every SVG editor reads, for a partner's own pictures.
  const xlink = photo || logo ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : '';
  const svg = describeSvg(
    `<svg xmlns="http://www.w3.org/2000/svg"${xlink} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      rect({ x: 0, y: 0, width, height }, palette.surface) +
      under +
      rect(layout.stripe, palette.accent) +
      blocks.map((b) => blockPath(b, roleColor(palette, b.color))).join('') +
      beside +
      '</svg>',
    description,
  );
  const editable = editableSvg({
    width,
    height,
    palette,
    stripe: layout.stripe,
    blocks,
    art: scrim ? logoArt() : art(`lk-${format}-e`),
    ...(scrim ? { background: picture(`lk-${format}-e`) } : {}),
    description,
    xlink: xlink !== '',
  });
  return { svg, editableSvg: editable, width, height, blocks, contrast };
}
