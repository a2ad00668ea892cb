/** One file to download on a material page. */
export interface MaterialDownload {
  /** What the file is, e.g. "PNG, för att lägga upp". */
  label: string;
  /** The file's address on this site. */
  href: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** Its size in plain words, e.g. "1080 × 1080 pixlar" or "A4, 210 × 297 mm". */
  size?: string;
  /** Where it goes, when it differs from its card's `use`. */
  use?: string;
  /** The file's path in its package (tests find it by this). */
  path?: string;
}

/**
 * One picture on a material page in all its files: an illustration (PNG, SVG) or a media-kit
 * format (e.g. the square image as PNG and SVG), with its preview, alt text and post texts.
 */
export interface MaterialItem {
  /** An anchor for the page's format menu. */
  id?: string;
  /** What the picture is, e.g. "Kvadratisk bild". */
  title: string;
  /** Which platform or use it is for, in plain words. */
  use?: string;
  files: MaterialDownload[];
  /** The image's short text alternative, to copy along with the image. */
  alt?: string;
  /** The longer description offered beside it (every text on the image), when it says more. */
  description?: string;
  /** Ready post texts, each with its own Kopiera. */
  postTexts?: { label: string; text: string }[];
  /** A small image shown as the preview, loaded lazily. */
  preview?: { src: string; width: number; height: number };
}
