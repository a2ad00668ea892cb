/**
 * One downloadable file on a material page. Today the illustrations; when the media kit lands,
 * its `dist/manifest.json` entries map onto this shape (image previews, per-format downloads,
 * alt text and post texts).
 */
export interface MaterialItem {
  /** What the file is, e.g. "Illustration, PNG". */
  title: string;
  /** The file's address on this site. */
  href: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** Pixel size (images), or the drawing's size (SVG). */
  width?: number;
  height?: number;
  /** The image's text alternative, to copy along with the image. */
  alt?: string;
  /** Ready post texts for social media, each with its own Kopiera. */
  postTexts?: { label: string; text: string }[];
  /** A small image to show as the preview (e.g. the SVG of a PNG, to keep the page light). */
  preview?: string;
}
