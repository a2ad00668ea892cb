// The studio's drawing, loaded once after the page (a separate chunk, with the two font files):
// the media kit's own layout and drawing code, as the build runs it in Node. Turns a partner's
// material into the picture's SVG, its alt text and a post text, or into the reason it cannot
// be drawn (a text that does not fit, a character the font lacks, a logo too wide).
import {
  altText,
  cutsToFit,
  drawImage,
  imageBlocks,
  logoMaxRatio,
  MediaKitError,
  ownSubject,
  postTexts,
  useFonts,
  type Cut,
  type ImageFormat,
  type OwnMaterial,
  type Subject,
} from '@ljungby/media-kit/draw';
import boldUrl from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff?url';
import regularUrl from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff?url';

/** Fetches the font files (the only requests the studio makes after the page) once. */
export async function loadFonts(): Promise<void> {
  const bytes = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([bytes(regularUrl), bytes(boldUrl)]);
  useFonts({ 400: regular, 700: bold });
}

export type DrawProblem =
  | { kind: 'fit'; cuts: Cut[] }
  | { kind: 'word'; field: string; word: string }
  | { kind: 'glyph'; field: string; chars: string[] }
  | { kind: 'logo-shape'; ratio: number; max: number };

export interface Drawn {
  svg: string;
  width: number;
  height: number;
  alt: string;
  post: string;
}

/** What a MediaKitError means for the reader, or the error itself if it is a bug. */
export function problemOf(error: unknown, subject: Subject, attempt: (s: Subject) => unknown) {
  if (!(error instanceof MediaKitError)) throw error;
  const field = error.field.split('.')[0] ?? error.field;
  switch (error.kind) {
    case 'fit':
      return { kind: 'fit', cuts: cutsToFit(subject, attempt) } satisfies DrawProblem;
    case 'word':
      return { kind: 'word', field, word: error.detail[0] ?? '' } satisfies DrawProblem;
    case 'glyph':
      return { kind: 'glyph', field, chars: [...error.detail] } satisfies DrawProblem;
    case 'logo-shape': {
      const logo = subject.logo;
      return {
        kind: 'logo-shape',
        ratio: logo ? logo.width / logo.height : 0,
        max: logoMaxRatio,
      } satisfies DrawProblem;
    }
    default:
      throw error;
  }
}

/** Draws one image format, or says why it cannot. */
export function drawOwnImage(
  material: OwnMaterial,
  format: ImageFormat,
  scheme: 'light' | 'dark',
): Drawn | DrawProblem {
  const subject = ownSubject(material);
  const file = `studio-${format}`;
  const attempt = (s: Subject) => imageBlocks(s, format, file);
  try {
    attempt(subject);
  } catch (error) {
    return problemOf(error, subject, attempt);
  }
  const image = drawImage(subject, format, scheme, file);
  return {
    svg: image.svg,
    width: image.width,
    height: image.height,
    alt: altText(subject, image.blocks),
    // The longer post: it opens with the headline, as a partner's own post would.
    post: postTexts(subject).long,
  };
}
