// The studio's PDF writer: the media kit's tagged poster (pdf-lib), loaded once right after the
// drawing and its first preview, so that asking for a PDF later requests nothing.
import { ownSubject, type OwnMaterial } from '@ljungby/media-kit/draw';
import { renderPoster } from '@ljungby/media-kit/poster';
import { asPng } from './pictures';
import { fontFiles } from './renderer';
import type { PosterFormat } from './state';

/** The poster as a tagged PDF, with the same layout and font as the preview. */
export async function posterPdf(
  material: OwnMaterial,
  format: PosterFormat,
  printMarks: boolean,
): Promise<Blob> {
  const fonts = fontFiles();
  if (!fonts) throw new Error('studio: the fonts are not loaded yet');
  // pdf-lib embeds PNG and JPEG: an SVG logo is drawn into a PNG first, sharp at A3.
  const logo = material.logo && (await asPng(material.logo, 600));
  const subject = ownSubject({ ...material, ...(logo ? { logo } : {}) });
  const { bytes } = await renderPoster(subject, {
    format,
    fonts,
    printMarks,
    file: `studio-${format}.pdf`,
    ...(subject.eyebrow ? { author: subject.eyebrow } : {}),
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
