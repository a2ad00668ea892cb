// A partner's own pictures on a poster: the photo cropped to fill the visual around its focus
// point (the same geometry as the images, photoPlacement), and the logo in its box. pdf-lib
// embeds JPEG and PNG; an SVG logo is turned into a PNG by the caller first (the studio draws it
// on a canvas).
import { popGraphicsState, type PDFDocument, type PDFImage, type PDFPage } from 'pdf-lib';
import { MediaKitError } from '../errors.ts';
import type { Rect } from '../layout.ts';
import { photoPlacement } from '../picture.ts';
import type { SubjectPhoto, SubjectPicture } from '../subject.ts';
import { clipRounded } from './illustration.ts';

/** A data: URL's bytes and whether they are a JPEG or a PNG. */
function decode(href: string, field: string): { kind: 'jpeg' | 'png'; bytes: Uint8Array } {
  const match = /^data:image\/(jpeg|png);base64,(.*)$/su.exec(href);
  if (!match)
    throw new MediaKitError(
      { file: 'poster.pdf', field, format: 'poster' },
      'expected a JPEG or PNG picture as a base64 data: URL (turn an SVG logo into a PNG first)',
    );
  const binary = atob(match[2] ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { kind: match[1] === 'png' ? 'png' : 'jpeg', bytes };
}

export async function embedPicture(
  doc: PDFDocument,
  picture: SubjectPicture,
  field: string,
): Promise<PDFImage> {
  const { kind, bytes } = decode(picture.href, field);
  return kind === 'png' ? doc.embedPng(bytes) : doc.embedJpg(bytes);
}

/** Draws the photo into `cell` (page units, y from the top) with rounded corners. */
export function drawPhoto(
  page: PDFPage,
  image: PDFImage,
  photo: SubjectPhoto,
  cell: Rect,
  r: number,
): void {
  const pageHeight = page.getHeight();
  const placed = photoPlacement(photo, cell);
  clipRounded(page, cell, r, pageHeight);
  page.drawImage(image, {
    x: placed.x,
    y: pageHeight - placed.y - placed.height,
    width: placed.width,
    height: placed.height,
  });
  page.pushOperators(popGraphicsState());
}

/** Draws a picture into `box` (page units, y from the top), as it is. */
export function drawPicture(page: PDFPage, image: PDFImage, box: Rect): void {
  page.drawImage(image, {
    x: box.x,
    y: page.getHeight() - box.y - box.height,
    width: box.width,
    height: box.height,
  });
}
