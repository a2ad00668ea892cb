// The studio's drawing, loaded once after the page (a chunk of its own; the page fetches the two
// font files meanwhile): the media kit's own layout and drawing code, as the build runs it in
// Node. Turns a partner's material into the picture's SVG (an image, or a poster's preview), its
// alt text and a post text, or into the reason it cannot be drawn (a text that does not fit, a
// character the font lacks, a logo too wide). The PDF writer is poster-pdf.ts, loaded right after.
import {
  cutsToFit,
  drawImage,
  drawPosterSvg,
  imageBlocks,
  imageTexts,
  isImageFormat,
  logoMaxRatio,
  MediaKitError,
  ownPictures,
  ownSubject,
  posterLayout,
  postTexts,
  useFonts,
  type Cut,
  type FontWeight,
  type OwnMaterial,
  type Subject,
} from '@ljungby/media-kit/draw';
import type { PosterFormat, StudioFormat } from './state';

let fonts: Record<FontWeight, Uint8Array> | undefined;

/** The font files, once handed over (the PDF writer embeds the same bytes). */
export const fontFiles = (): Record<FontWeight, Uint8Array> | undefined => fonts;

/** Hands the font files to the layout (the page fetches them while this chunk loads). */
export function setFonts(files: Record<FontWeight, Uint8Array>): void {
  fonts = files;
  useFonts(files);
}

export type DrawProblem =
  | { kind: 'fit'; cuts: Cut[] }
  | { kind: 'word'; field: string; word: string }
  | { kind: 'glyph'; field: string; chars: string[] }
  | { kind: 'logo-shape'; ratio: number; max: number };

export interface Drawn {
  /** Texts as outlines: the preview and the PNG. */
  svg: string;
  /** Texts as live text, for a drawing program (images; a poster's is its PDF). */
  editableSvg?: string;
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

/** Draws one format (a poster as its preview), or says why it cannot. */
export function drawOwn(
  material: OwnMaterial,
  format: StudioFormat,
  scheme: 'light' | 'dark',
): Drawn | DrawProblem {
  const subject = ownSubject(material);
  const file = `studio-${format}`;
  const attempt = (s: Subject) =>
    isImageFormat(format) ? imageBlocks(s, format, file) : posterLayout(s, file, format);
  try {
    attempt(subject);
  } catch (error) {
    return problemOf(error, subject, attempt);
  }
  const image = isImageFormat(format)
    ? drawImage(subject, format, scheme, file, ownPictures)
    : undefined;
  const drawn = image ?? drawPosterSvg(subject, format as PosterFormat, file);
  return {
    svg: drawn.svg,
    ...(image ? { editableSvg: image.editableSvg } : {}),
    width: drawn.width,
    height: drawn.height,
    // Everything the picture says, the date and place included: a partner's own material has
    // no key message that stands for the rest.
    alt: imageTexts(subject, drawn.blocks, { file, format }).description,
    // The longer post: it opens with the headline, as a partner's own post would.
    post: postTexts(subject).long,
  };
}
