// The share-image API for Node: an SVG or PNG of one of the kit's images, on demand, e.g. in a
// Next.js `opengraph-image` route. The drawing itself is draw-image.ts, which the build and the
// partner site's template studio use too; resvg makes the PNG.
import { drawImage } from './draw-image.ts';
import { MediaKitError } from './errors.ts';
import { imageFormats, isImageFormat, type ImageFormat } from './format-layouts.ts';
import { imageTexts } from './texts.ts';
import { resolvedColorSchemes, type ResolvedColorScheme } from '@ljungby/design-tokens';
import { subjectOf, type Subject, type SubjectOptions } from './subject.ts';

export interface ShareImageOptions {
  /** A focus-area id, `vision`, or `all` (every focus area together). */
  area: string;
  /** `square` 1080×1080, `portrait` 1080×1350, `story` 1080×1920, `link-preview` 1200×630, `slide` 1920×1080. */
  format: ImageFormat;
  /** The language of the image's texts. @default 'sv' */
  locale?: string;
  /** @deprecated Use `locale` (the one word for it in the kit). */
  lang?: string;
  /** @default 'light' */
  colorScheme?: ResolvedColorScheme;
}

/**
 * Renders a share image as an SVG string (texts as vector paths, so it looks the same
 * everywhere). Usable in a Next.js `opengraph-image` route: see `renderShareImagePng`.
 *
 * @example renderShareImage({ area: 'vatten', format: 'link-preview', locale: 'en' })
 */
export function renderShareImage(options: ShareImageOptions): Promise<string> {
  return promised(() => renderWithChecks(options).svg);
}

/** Runs a synchronous drawing as a promise: its errors become rejections, as with any async API. */
const promised = <T>(draw: () => T): Promise<T> =>
  new Promise((resolve) => {
    resolve(draw());
  });

/** The options' locale, reading the deprecated `lang` for callers of 0.1. */
const localeOf = (options: ShareImageOptions) =>
  options.locale ?? (options as { lang?: string }).lang ?? 'sv';

function renderWithChecks(options: ShareImageOptions, subjectOptions: SubjectOptions = {}) {
  const { area, format, colorScheme = 'light' } = options;
  const locale = localeOf(options);
  // Callers from plain JS may pass anything; check it all at run time.
  const formatName: string = format;
  const scheme: string = colorScheme;
  const file = `renderShareImage(${area}, ${formatName}, ${locale})`;
  if (!isImageFormat(formatName))
    throw new MediaKitError(
      { file, field: 'format', format: formatName },
      `unknown format; expected one of ${Object.keys(imageFormats).join(', ')}`,
    );
  if (!(resolvedColorSchemes as readonly string[]).includes(scheme))
    throw new MediaKitError(
      { file, field: 'colorScheme', format },
      `expected ${resolvedColorSchemes.map((s) => `"${s}"`).join(' or ')}`,
    );
  const subject = subjectOf(area, locale, { file, format, ...subjectOptions });
  return drawImage(subject, format, colorScheme, file);
}

/**
 * The short alt text of a share image (at most 150 characters): its key message and what the
 * illustration shows, in `locale`. For the `alt` export of a Next.js `opengraph-image` route.
 */
export function shareImageAlt(options: ShareImageOptions): Promise<string> {
  const locale = localeOf(options);
  const file = `shareImageAlt(${options.area}, ${options.format}, ${locale})`;
  return promised(
    () =>
      imageTexts(subjectOf(options.area, locale), renderWithChecks(options).blocks, {
        file,
        format: options.format,
      }).alt,
  );
}

/** Renders a share image as PNG bytes (with @resvg/resvg-js). */
export async function renderShareImagePng(
  options: ShareImageOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderShareImage(options);
  return svgToPng(svg);
}

/** SVG to PNG at the SVG's own size. */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded by Node at run time, not by a bundler: resvg is a native addon that bundlers
  // (Next.js's Turbopack and webpack) cannot place in a chunk.
  const { Resvg } = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ '@resvg/resvg-js'
  )) as typeof import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  // A plain Uint8Array over its own ArrayBuffer: what `new Response(png)` accepts as a body.
  const out = new Uint8Array(png.byteLength);
  out.set(png);
  return out;
}

export type { Subject };
