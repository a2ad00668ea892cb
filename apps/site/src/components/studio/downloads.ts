// Files made in the browser and handed to it as downloads: the SVG as drawn, and a PNG at the
// exact pixel size, drawn from that SVG by the browser's own canvas. Nothing leaves the page.

/** An SVG as a data: URL, for an <img> (the preview, and the picture the PNG is drawn from). */
export const svgDataUrl = (svg: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Draws an SVG at exactly `width` × `height` pixels and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image(width, height);
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (!blob) throw new Error('canvas.toBlob gave no PNG');
  return blob;
}

/** `Sagokväll på biblioteket!` → `sagokvall-pa-biblioteket`: a file name any system accepts. */
export function fileSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 48)
    .replace(/-+$/u, '');
  return slug || fallback;
}

/** Hands a file to the browser as a download. */
export function saveFile(doc: Document, blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the address is not needed after that.
  setTimeout(() => {
    URL.revokeObjectURL(href);
  }, 60_000);
}
