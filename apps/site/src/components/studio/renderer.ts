// The studio's drawing, loaded once after the page (one chunk, with the two font files): the
// media kit's own layout and drawing code, as the build runs it in Node, and its PDF writer.
// Turns a partner's material into the picture's SVG (an image, or a poster's preview), its alt
// text and a post text, or into the reason it cannot be drawn (a text that does not fit, a
// character the font lacks, a logo too wide); and a poster into its PDF.
import {
  altText,
  cutsToFit,
  drawImage,
  drawPosterSvg,
  imageBlocks,
  isImageFormat,
  logoMaxRatio,
  MediaKitError,
  ownSubject,
  posterLayout,
  postTexts,
  useFonts,
  type Cut,
  type FontWeight,
  type OwnMaterial,
  type Subject,
} from '@ljungby/media-kit/draw';
import { renderPoster } from '@ljungby/media-kit/poster';
import { asPng } from './pictures';
import type { PosterFormat, StudioFormat } from './state';
import boldUrl from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff?url';
import regularUrl from '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff?url';

let fonts: Record<FontWeight, Uint8Array> | undefined;

/** Fetches the font files (the only requests the studio makes after the page) once. */
export async function loadFonts(): Promise<void> {
  const bytes = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([bytes(regularUrl), bytes(boldUrl)]);
  fonts = { 400: regular, 700: bold };
  useFonts(fonts);
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
  const image = isImageFormat(format) ? drawImage(subject, format, scheme, file) : undefined;
  const drawn = image ?? drawPosterSvg(subject, format as PosterFormat, file);
  return {
    svg: drawn.svg,
    ...(image ? { editableSvg: image.editableSvg } : {}),
    width: drawn.width,
    height: drawn.height,
    alt: altText(subject, drawn.blocks),
    // The longer post: it opens with the headline, as a partner's own post would.
    post: postTexts(subject).long,
  };
}

/** The poster as a tagged PDF, with the same layout and font as the preview. */
export async function posterPdf(
  material: OwnMaterial,
  format: PosterFormat,
  printMarks: boolean,
): Promise<Blob> {
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
