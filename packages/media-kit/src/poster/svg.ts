// The poster as an SVG, from the same layout the PDF is written from: what the template studio
// shows while a partner types, before anyone asks for the PDF (whose writer, pdf-lib, loads on its
// own). One unit is one point of the A4 page; A3 is the same drawing, larger.
import { paletteOf } from '../colors.ts';
import { roleColor } from '../draw-image.ts';
import { blockPath } from '../glyph-paths.ts';
import { illustrationMarkup } from '../illustration.ts';
import type { PlacedBlock } from '../layout.ts';
import { logoMarkup, photoMarkup } from '../picture.ts';
import { qrCode } from '../qr-code.ts';
import { posterLayout, posterSizes, type PosterFormat, type PosterSubject } from './layout.ts';

export interface PosterDrawing {
  svg: string;
  /** The page in pt (A4: 595.28 × 841.89; A3 draws the A4 layout scaled by √2). */
  width: number;
  height: number;
  blocks: PlacedBlock[];
}

/** Draws a poster as SVG, at A4 size in pt. Throws a MediaKitError as `renderPoster` would. */
export function drawPosterSvg(
  s: PosterSubject,
  format: PosterFormat,
  file = 'poster.svg',
): PosterDrawing {
  const { width, height } = posterSizes['poster-a4'];
  const layout = posterLayout(s, file, format);
  const palette = paletteOf(s.accentArea, 'light');
  const qr = layout.qr && qrCode(s.readMore.url, { file, format, field: 'readMore.url' });
  const { photo, logo } = s;
  const parts = [
    `<rect width="${width}" height="${height}" fill="${palette.surface}"/>`,
    `<rect width="${width}" height="${layout.stripe}" fill="${palette.accent}"/>`,
    photo
      ? photoMarkup(photo, layout.visual, layout.radius, 'lk-poster-photo')
      : illustrationMarkup(s, 'light', layout.visual, layout.radius, 'lk-poster'),
    ...layout.blocks.map((b) => blockPath(b, roleColor(palette, b.color))),
    qr && layout.qr
      ? `<path transform="translate(${layout.qr.x} ${layout.qr.y}) scale(${layout.qr.width / qr.size})" d="${qr.path}" fill="${palette.text}"/>`
      : '',
    logo && layout.logo
      ? logoMarkup(logo, { ...layout.logo, radius: layout.radius / 2 }, palette.surface)
      : '',
  ];
  const xlink = photo || logo ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"${xlink} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { svg, width, height, blocks: layout.blocks };
}
