// What the media kit draws for the studio's choices: the form's words, the link when it is a
// real address, and the logo and photo that stay in this page. Pure, so that it can be read
// (and tested) apart from the page's wiring in studio.ts.
import type { Locale } from '@ljungby/focus-content/ids';
import type { OwnMaterial } from '@ljungby/media-kit/draw';
import { parseLink } from './check';
import type { Picture } from './pictures';
import type { StudioChoices } from './state';

/** The pictures a partner added, and where the photo's focus is (0–1 across and down). */
export interface StudioPictures {
  logo?: Picture;
  photo?: Picture;
  focus: { x: number; y: number };
}

/**
 * The material to draw. `placeholder` stands in for an empty headline, so that the preview shows
 * where it goes (the field's own placeholder).
 */
export function ownMaterial(
  choices: StudioChoices,
  pictures: StudioPictures,
  locale: Locale,
  placeholder: string,
): OwnMaterial {
  const link = choices.link.trim() ? parseLink(choices.link) : undefined;
  const { photo, logo, focus } = pictures;
  return {
    locale,
    look: choices.look,
    organisation: choices.organisation,
    ...(choices.partner ? { partner: choices.partner } : {}),
    headline: choices.headline.trim() ? choices.headline : placeholder,
    body: choices.body,
    date: choices.date,
    time: choices.time,
    place: choices.place,
    ...(link && 'url' in link ? { link: link.url } : {}),
    textFromKit: choices.kitText,
    ...(photo
      ? {
          photo: {
            ...photo,
            focus,
            alt: choices.photoAlt,
            credit: choices.photoCredit,
            background: choices.photoPlace === 'background',
          },
        }
      : {}),
    ...(logo ? { logo } : {}),
  };
}
