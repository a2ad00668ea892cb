// A partner's logo and photo, read in the browser and kept there: checked (is it an image, is
// it a size a phone can handle, is an SVG free of scripts and outside references), decoded,
// and turned into a data: URL that the drawing embeds. Nothing is sent anywhere.

/** A picture ready to draw: a data: URL and its size in pixels. */
export interface Picture {
  name: string;
  href: string;
  width: number;
  height: number;
  /** A photo's colours, small (48 px wide), for the contrast of text over it. */
  samples?: { width: number; height: number; rgb: number[] };
}

export type SvgPart = 'script' | 'handler' | 'external' | 'html';

export type PictureProblem =
  | { code: 'not-image' | 'not-logo' | 'unreadable' | 'svg-no-size'; file: string }
  | { code: 'too-big'; file: string; bytes: number; max: number }
  | { code: 'svg-unsafe'; file: string; parts: SvgPart[] };

const MB = 1024 * 1024;
/** A phone's largest photos are well under this; a 40 MB file is not a photo to post. */
export const maxPhotoBytes = 25 * MB;
export const maxLogoBytes = 5 * MB;
/** Photos are kept at most this many pixels on the longer side: enough for A3 print. */
const photoPixels = 2400;
const logoPixels = 2000;

type Kind = 'jpeg' | 'png' | 'webp' | 'svg' | null;

/** What a file is, from its first bytes (never from its name). */
async function sniff(file: File): Promise<Kind> {
  const head = new Uint8Array(await file.slice(0, 512).arrayBuffer());
  const ascii = String.fromCharCode(...head);
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii.startsWith('\x89PNG\r\n\x1a\n')) return 'png';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  if (/^(\ufeff|\xef\xbb\xbf)?\s*</u.test(ascii) && /<svg[\s>]/iu.test(await file.text()))
    return 'svg';
  return null;
}

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // readAsDataURL always gives a string.
      resolve(reader.result as string);
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('FileReader failed'));
    };
    reader.readAsDataURL(blob);
  });

/** Decodes a raster image and redraws it at most `pixels` on its longer side. */
async function redraw(file: File, pixels: number, type: 'image/jpeg' | 'image/png') {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, pixels / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  // A photo with transparency gets a white ground (JPEG has no transparency).
  if (type === 'image/jpeg') {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
  }
  context.drawImage(bitmap, 0, 0, width, height);
  const samples = sample(bitmap);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, type, 0.9);
  });
  if (!blob) throw new Error('canvas.toBlob gave nothing');
  return { href: await dataUrl(blob), width, height, samples };
}

/** The picture's colours at 48 px wide: what text over it will stand on, in small. */
function sample(bitmap: ImageBitmap) {
  const width = 48;
  const height = Math.max(1, Math.round((width * bitmap.height) / bitmap.width));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  const rgba = context.getImageData(0, 0, width, height).data;
  const rgb: number[] = [];
  for (let i = 0; i < rgba.length; i += 4)
    rgb.push(rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0);
  return { width, height, rgb };
}

/** The photo: JPEG, PNG or WebP up to 25 MB, kept as a JPEG of at most 2400 px. */
export async function readPhoto(file: File): Promise<Picture | PictureProblem> {
  if (file.size > maxPhotoBytes)
    return { code: 'too-big', file: file.name, bytes: file.size, max: maxPhotoBytes };
  const kind = await sniff(file);
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp')
    return { code: 'not-image', file: file.name };
  try {
    return { name: file.name, ...(await redraw(file, photoPixels, 'image/jpeg')) };
  } catch {
    return { code: 'unreadable', file: file.name };
  }
}

/** The logo: an SVG without scripts or outside references, or a PNG (transparency kept). */
export async function readLogo(file: File): Promise<Picture | PictureProblem> {
  if (file.size > maxLogoBytes)
    return { code: 'too-big', file: file.name, bytes: file.size, max: maxLogoBytes };
  const kind = await sniff(file);
  if (kind === 'svg') return readSvgLogo(file);
  if (kind !== 'png') return { code: 'not-logo', file: file.name };
  try {
    return { name: file.name, ...(await redraw(file, logoPixels, 'image/png')) };
  } catch {
    return { code: 'unreadable', file: file.name };
  }
}

const svgNs = 'http://www.w3.org/2000/svg';
// Elements that run code or bring in HTML: never part of a logo.
const codeElements = new Set(['script', 'handler', 'listener']);
const htmlElements = new Set(['foreignobject', 'iframe', 'object', 'embed', 'audio', 'video']);
// An address inside the file (#id) or an embedded picture is fine; anything else is fetched.
const isInside = (ref: string) =>
  ref.startsWith('#') || /^data:image\/(png|jpeg|gif|webp);/iu.test(ref);
const urls = (text: string) =>
  [...text.matchAll(/url\(\s*['"]?([^'")]*)/giu)].map((m) => (m[1] ?? '').trim());

/** What in an SVG document would run code or fetch something. */
export function unsafeSvgParts(doc: Document): SvgPart[] {
  const found = new Set<SvgPart>();
  for (const el of doc.querySelectorAll('*')) {
    const name = el.localName.toLowerCase();
    if (codeElements.has(name)) found.add('script');
    if (htmlElements.has(name) || (el.namespaceURI !== svgNs && el.namespaceURI !== null))
      found.add('html');
    if (name === 'style') {
      const css = el.textContent;
      if (/@import/iu.test(css) || urls(css).some((u) => !isInside(u))) found.add('external');
    }
    for (const attr of el.attributes) {
      const value = attr.value.trim();
      if (/^on/iu.test(attr.localName)) found.add('handler');
      if (/^\s*javascript:/iu.test(value)) found.add('script');
      if (attr.localName === 'href' && !isInside(value)) found.add('external');
      if (urls(value).some((u) => !isInside(u))) found.add('external');
    }
  }
  return [...found];
}

async function readSvgLogo(file: File): Promise<Picture | PictureProblem> {
  const doc = new DOMParser().parseFromString(await file.text(), 'image/svg+xml');
  const root = doc.documentElement;
  if (doc.querySelector('parsererror') || root.localName !== 'svg' || root.namespaceURI !== svgNs)
    return { code: 'unreadable', file: file.name };
  const parts = unsafeSvgParts(doc);
  if (parts.length > 0) return { code: 'svg-unsafe', file: file.name, parts };
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/u).map(Number);
  const length = (name: string) => Number.parseFloat(root.getAttribute(name) ?? '');
  const width = box.length === 4 ? (box[2] ?? 0) : length('width');
  const height = box.length === 4 ? (box[3] ?? 0) : length('height');
  if (!(width > 0 && height > 0)) return { code: 'svg-no-size', file: file.name };
  // Drawn at the size the layout gives it; the file's own width and height would fight that.
  if (box.length !== 4) root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  const text = new XMLSerializer().serializeToString(doc);
  const href = await dataUrl(new Blob([text], { type: 'image/svg+xml' }));
  return { name: file.name, href, width, height };
}

/**
 * A picture as a PNG data: URL `height` pixels high (an SVG logo for the PDF writer, which
 * embeds PNG and JPEG only); a PNG or JPEG comes back as it is.
 */
export async function asPng<T extends Omit<Picture, 'name'>>(
  picture: T,
  height: number,
): Promise<T> {
  if (!picture.href.startsWith('data:image/svg+xml')) return picture;
  const image = new Image();
  image.src = picture.href;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.height = height;
  canvas.width = Math.round((height * picture.width) / picture.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return { ...picture, href: canvas.toDataURL('image/png') };
}
