// Share images and slides: satori lays out the texts (broken into lines by layout.ts) and turns
// them into vector paths; the illustrations are added as real SVG shapes; resvg makes the PNG.
// A second SVG keeps the texts live for drawing programs (editable-svg.ts). Both describe
// themselves with a title, the alt text and their language.
import satori from 'satori';
import { contrastRatio, paletteOf, type Palette } from './colors.ts';
import { editableSvg } from './editable-svg.ts';
import { MediaKitError } from './errors.ts';
import { fontBytes, fontFamily } from './font.ts';
import { imageFormats, isImageFormat, type ImageFormat } from './format-layouts.ts';
import { imageLayout } from './image-layout.ts';
import { illustrationMarkup } from './illustration.ts';
import { layoutColumn, type ColorRole, type PlacedBlock } from './layout.ts';
import { describeSvg } from './svg-description.ts';
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

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

const roleColor = (p: Palette, role: ColorRole) =>
  role === 'text' ? p.text : role === 'textSubtle' ? p.textSubtle : p.accentText;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const satoriFonts = () =>
  (fonts ??= ([400, 700] as const).map((weight) => ({
    name: fontFamily,
    data: fontBytes(weight),
    weight,
    style: 'normal' as const,
  })));

/** Renders one image of a subject. Throws a MediaKitError naming file, field and format. */
export async function renderSubjectImage(
  subject: Subject,
  format: ImageFormat,
  scheme: ResolvedColorScheme,
  file: string,
): Promise<RenderedImage> {
  const { width, height } = imageFormats[format];
  const where = { file, format };
  const layout = imageLayout(format, subject);
  const palette = paletteOf(subject.accentArea, scheme);
  const blocks = layoutColumn(layout.column, where);

  const contrast = blocks.map((b) => {
    const foreground = roleColor(palette, b.color);
    const ratio = contrastRatio(foreground, palette.surface);
    if (ratio < minContrast)
      throw new MediaKitError(
        { ...where, field: b.field },
        `text contrast ${ratio.toFixed(2)}:1 (${foreground} on ${palette.surface}) is below ${minContrast}:1`,
      );
    return { field: b.field, foreground, background: palette.surface, ratio };
  });

  const tree = h(
    'div',
    {
      display: 'flex',
      position: 'relative',
      width,
      height,
      backgroundColor: palette.surface,
      fontFamily,
    },
    [
      h('div', {
        position: 'absolute',
        left: layout.stripe.x,
        top: layout.stripe.y,
        width: layout.stripe.width,
        height: layout.stripe.height,
        backgroundColor: palette.accent,
      }),
      ...blocks.map((b) =>
        h(
          'div',
          {
            position: 'absolute',
            left: b.x,
            top: b.y,
            width: b.width,
            display: 'flex',
            flexDirection: 'column',
            color: roleColor(palette, b.color),
            fontSize: b.size,
            fontWeight: b.weight,
            lineHeight: b.lineHeight,
          },
          b.lines.map((line) =>
            h('div', { display: 'flex', whiteSpace: 'pre', height: b.size * b.lineHeight }, line),
          ),
        ),
      ),
    ],
  );
  // satori's types ask for a ReactNode; plain { type, props } objects are what it reads.
  const svgText = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: satoriFonts(),
  });
  const art = illustrationMarkup(subject, scheme, layout.visual, layout.radius, `lk-${format}`);
  const description = {
    title: `${subject.eyebrow} – ${subject.headline}`,
    desc: imageTexts(subject, blocks, where).description,
    lang: subject.locale,
  };
  const svg = describeSvg(svgText.replace(/<\/svg>\s*$/u, `${art}</svg>`), description);
  const editable = editableSvg({
    width,
    height,
    palette,
    stripe: layout.stripe,
    blocks,
    art: illustrationMarkup(subject, scheme, layout.visual, layout.radius, `lk-${format}-e`),
    description,
  });
  return { svg, editableSvg: editable, width, height, blocks, contrast };
}

/**
 * Renders a share image as an SVG string (texts as vector paths, so it looks the same
 * everywhere). Usable in a Next.js `opengraph-image` route: see `renderShareImagePng`.
 *
 * @example renderShareImage({ area: 'vatten', format: 'link-preview', locale: 'en' })
 */
export async function renderShareImage(options: ShareImageOptions): Promise<string> {
  return (await renderWithChecks(options)).svg;
}

/** The options' locale, reading the deprecated `lang` for callers of 0.1. */
const localeOf = (options: ShareImageOptions) =>
  options.locale ?? (options as { lang?: string }).lang ?? 'sv';

async function renderWithChecks(options: ShareImageOptions, subjectOptions: SubjectOptions = {}) {
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
  return renderSubjectImage(subject, format, colorScheme, file);
}

/**
 * The short alt text of a share image (at most 150 characters): its key message and what the
 * illustration shows, in `locale`. For the `alt` export of a Next.js `opengraph-image` route.
 */
export async function shareImageAlt(options: ShareImageOptions): Promise<string> {
  const image = await renderWithChecks(options);
  const locale = localeOf(options);
  const file = `shareImageAlt(${options.area}, ${options.format}, ${locale})`;
  return imageTexts(subjectOf(options.area, locale), image.blocks, { file, format: options.format })
    .alt;
}

/** Renders a share image as PNG bytes (with @resvg/resvg-js). */
export async function renderShareImagePng(
  options: ShareImageOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderShareImage(options);
  return svgToPng(svg);
}

const resvgModule = '@resvg/resvg-js';

/** SVG to PNG at the SVG's own size. */
export async function svgToPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded by Node at run time, not by a bundler: resvg is a native addon that bundlers
  // (Next.js's Turbopack and webpack) cannot place in a chunk.
  const { Resvg } = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ resvgModule
  )) as typeof import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  // A plain Uint8Array over its own ArrayBuffer: what `new Response(png)` accepts as a body.
  const out = new Uint8Array(png.byteLength);
  out.set(png);
  return out;
}

export type { Subject };
