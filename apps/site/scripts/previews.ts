// The previews of the media kit's downloads, so that every download shows what it is: each
// picture drawn from its SVG, each poster from its PDF's first page (as it will print), and each
// ZIP as a contact sheet of what is inside. All WebP, at most `side` pixels on the longer side
// (about twice the size they are shown at): a few kB each, so that a material page stays light.
import { createCanvas } from '@napi-rs/canvas';
import { Resvg } from '@resvg/resvg-js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';

export interface Preview {
  webp: Buffer;
  width: number;
  height: number;
}

/** Longer side of a preview, in pixels. */
export const side = 480;
/** WebP quality: the previews are small and flat; more only adds bytes a reader cannot see. */
const quality = 70;

const toWebp = async (png: Buffer | Uint8Array): Promise<Preview> => {
  const { data, info } = await sharp(png).webp({ quality }).toBuffer({ resolveWithObject: true });
  return { webp: data, width: info.width, height: info.height };
};

/** A picture, drawn from its SVG (text as shapes, so it looks like the PNG). */
export function fromSvg(svg: string, landscape: boolean): Promise<Preview> {
  const fitTo = { mode: landscape ? 'width' : 'height', value: side } as const;
  return toWebp(new Resvg(svg, { fitTo }).render().asPng());
}

/** A poster: its PDF's first page, on white paper, as pdf.js draws it. */
export async function fromPdf(pdf: Uint8Array): Promise<Preview> {
  const task = getDocument({ data: pdf, useSystemFonts: false, disableFontFace: true });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const { width, height } = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: side / Math.max(width, height) });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    // pdf.js draws on any canvas with a 2D context: in Node, @napi-rs/canvas.
    const target = canvas as unknown as HTMLCanvasElement;
    await page.render({ canvas: target, viewport, background: '#ffffff' }).promise;
    return await toWebp(canvas.toBuffer('image/png'));
  } finally {
    await task.destroy();
  }
}

/**
 * A ZIP: the previews of what it holds side by side (at most four), on the page's light grey,
 * so that a reader sees it is the pictures above, together.
 */
export async function contactSheet(parts: Preview[]): Promise<Preview> {
  const shown = parts.slice(0, 4);
  // Smaller than the other previews: four pictures at once only need to be recognised.
  const sheet = Math.round(side * 0.75);
  const cell = Math.floor(sheet / 2);
  const gap = 8;
  const tiles = await Promise.all(
    shown.map((p) =>
      sharp(p.webp)
        .resize(cell - gap, cell - gap, { fit: 'inside' })
        .png()
        .toBuffer(),
    ),
  );
  const metas = await Promise.all(tiles.map((t) => sharp(t).metadata()));
  const png = await sharp({
    create: { width: sheet, height: sheet, channels: 3, background: '#eef0f2' },
  })
    .composite(
      tiles.map((input, i) => ({
        input,
        left: (i % 2) * cell + Math.round((cell - (metas[i]?.width ?? 0)) / 2),
        top: Math.floor(i / 2) * cell + Math.round((cell - (metas[i]?.height ?? 0)) / 2),
      })),
    )
    .png()
    .toBuffer();
  return toWebp(png);
}
