// The shape of dist/manifest.json: every generated file with what a page needs to show it,
// describe it and offer its texts. The partner site's "Texter och bilder" pages read it.
import type { Locale } from '@ljungby/focus-content';
import type { ImageFormat } from './format-layouts.ts';
import type { KitAreaId } from './subject.ts';
import type { PostTexts } from './texts.ts';

/** The size or layout of a file. */
export type ManifestFormat = ImageFormat | 'poster-a4' | 'poster-a3' | 'bundle' | 'read-me';

export type ManifestKind = 'share-image' | 'slide' | 'poster' | 'zip' | 'read-me';

export type ManifestFileType = 'png' | 'svg' | 'pdf' | 'pptx' | 'zip' | 'txt';

export interface ManifestFile {
  area: KitAreaId;
  lang: Locale;
  format: ManifestFormat;
  kind: ManifestKind;
  fileType: ManifestFileType;
  /** IANA media type, e.g. `image/png`. */
  mediaType: string;
  /** Path inside the package, relative to `dist/`, e.g. `files/vatten/sv/ljungby-vatten-sv-square.png`. */
  path: string;
  /** Width in `unit` (px for images, pt for PDF pages, in for PPTX slides); null for ZIP and text. */
  width: number | null;
  height: number | null;
  unit: 'px' | 'pt' | 'in' | null;
  bytes: number;
  /**
   * Short text alternative of the picture (at most 150 characters: the key message and what the
   * illustration shows), in `lang`; null for files that are not pictures.
   */
  alt: string | null;
  /** The longer description offered beside the alt text: every text drawn, each sentence once. */
  description: string | null;
  /** Suggested text to post with the file. */
  postTexts: PostTexts;
  /** The credit line the licence asks for, in `lang`. */
  credit: string;
  /** Which size goes where, in `lang`. */
  use: string;
}

export interface Manifest {
  /** `@ljungby/media-kit` */
  name: string;
  version: string;
  /** The @ljungby/focus-content version the files were made from. */
  contentVersion: string;
  license: { files: 'CC-BY-4.0'; attribution: string; font: 'OFL-1.1' };
  areas: readonly KitAreaId[];
  langs: readonly Locale[];
  files: ManifestFile[];
}
