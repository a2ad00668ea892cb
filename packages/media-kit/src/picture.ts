// A partner's own pictures in an image: the photo cropped to fill the visual around the point
// the partner picked, and the logo on its plate. The same geometry serves the PDF writer.
import type { Rect } from './layout.ts';
import type { SubjectPhoto, SubjectPicture } from './subject.ts';

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * Where the whole photo goes so that it fills `box` (scaled, never stretched) with its focus
 * point as near the middle of the box as its edges allow. Draw it clipped to `box`.
 */
export function photoPlacement(photo: SubjectPhoto, box: Rect): Rect {
  const scale = Math.max(box.width / photo.width, box.height / photo.height);
  const width = photo.width * scale;
  const height = photo.height * scale;
  const x = clamp(box.width / 2 - photo.focus.x * width, box.width - width, 0);
  const y = clamp(box.height / 2 - photo.focus.y * height, box.height - height, 0);
  return { x: box.x + x, y: box.y + y, width, height };
}

const attr = (v: string) => v.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

const image = (picture: SubjectPicture, r: Rect, fit: 'none' | 'xMidYMid meet') =>
  `<image x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" preserveAspectRatio="${fit}" xlink:href="${attr(picture.href)}"/>`;

const roundedRect = (r: Rect, radius: number, fill = '') =>
  `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="${radius}"${fill && ` fill="${fill}"`}/>`;

/** The photo in its box with rounded corners. */
export function photoMarkup(photo: SubjectPhoto, box: Rect, radius: number, id: string): string {
  return (
    `<clipPath id="${id}">${roundedRect(box, radius)}</clipPath>` +
    `<g clip-path="url(#${id})">${image(photo, photoPlacement(photo, box), 'none')}</g>`
  );
}

/** The logo on its plate. */
export function logoMarkup(
  logo: SubjectPicture,
  place: { plate: Rect; box: Rect; radius: number },
  plateColor: string,
): string {
  return (
    roundedRect(place.plate, place.radius, plateColor) + image(logo, place.box, 'xMidYMid meet')
  );
}
