// The media kit's files for one material page, read from @ljungby/media-kit's manifest (never
// retyped) and grouped the way a communicator picks them: one card per format, each with its
// preview, its downloads, the platform it is for and its alt text.
import type { Locale } from '@ljungby/focus-content';
import type { KitAreaId, Manifest, ManifestFile, ManifestFormat } from '@ljungby/media-kit';
import manifestJson from '@ljungby/media-kit/manifest.json';
import downloads from '../generated/downloads.json';
import type { MaterialDownload, MaterialItem } from '../components/material/types';
import { kitWords } from './media-kit-words';
import { url } from './routes';

export const manifest = manifestJson as unknown as Manifest;

/** Where scripts/assets.ts put the media kit's dist/ inside the site. */
export const mediaKitHref = (file: Pick<ManifestFile, 'path'>) =>
  url(`downloads/media-kit/${file.path}`);

const previews = downloads.previews as Record<
  string,
  { path: string; width: number; height: number; bytes: number }
>;

/**
 * The media kit's link preview (1200 × 630 PNG) of a subject in a language: the picture a page
 * about that subject shows when someone shares its address.
 */
export function linkPreview(area: KitAreaId, locale: Locale): ManifestFile {
  const file = manifest.files.find(
    (f) =>
      f.area === area && f.lang === locale && f.format === 'link-preview' && f.fileType === 'png',
  );
  if (!file) {
    throw new Error(
      `@ljungby/media-kit/manifest.json has no link-preview PNG for "${area}" in "${locale}"; the site's og:image needs one per area and language`,
    );
  }
  return file;
}

/** The preview of a file (scripts/previews.ts), if it has one. */
const previewOf = (file: Pick<ManifestFile, 'path'>) => {
  const preview = previews[file.path.replace(/\.[a-z]+$/, '')];
  return preview && { src: url(preview.path), width: preview.width, height: preview.height };
};

/** The cards' order and grouping: the posters' two sizes share a card. */
const groups: { id: string; formats: ManifestFormat[] }[] = [
  { id: 'square', formats: ['square'] },
  { id: 'portrait', formats: ['portrait'] },
  { id: 'story', formats: ['story'] },
  { id: 'link-preview', formats: ['link-preview'] },
  { id: 'slide', formats: ['slide'] },
  { id: 'poster', formats: ['poster-a4', 'poster-a3'] },
];
const fileOrder = ['png', 'svg', 'pptx', 'pdf'];

/** "1080 × 1080 pixlar", "A4, 210 × 297 mm" or "16:9", from the manifest's size and unit. */
function sizeOf(file: ManifestFile, locale: Locale): string | undefined {
  const { width, height, unit } = file;
  if (width === null || height === null) return undefined;
  if (unit === 'px') return `${width} × ${height} ${kitWords[locale].pixels}`;
  if (unit === 'pt') {
    const mm = (pt: number) => Math.round((pt / 72) * 25.4);
    const paper = file.format === 'poster-a3' ? 'A3' : 'A4';
    return `${paper}, ${mm(width)} × ${mm(height)} mm`;
  }
  // A slide, in inches: its shape says more than its size.
  return (width / height).toFixed(2) === (16 / 9).toFixed(2) ? '16:9' : `${width} × ${height}`;
}

function download(file: ManifestFile, locale: Locale, use: string | undefined): MaterialDownload {
  const w = kitWords[locale];
  return {
    label: file.kind === 'poster' ? w.formats[file.format] : w.fileTypes[file.fileType],
    href: mediaKitHref(file),
    bytes: file.bytes,
    size: sizeOf(file, locale),
    use: file.use === use ? undefined : file.use,
    path: file.path,
  };
}

export interface KitPage {
  cards: MaterialItem[];
  /** The ZIP and the read-me. */
  bundle: MaterialDownload[];
  /** A picture of what the ZIP holds. */
  bundlePreview?: MaterialItem['preview'];
  /** The post texts of the page's files, once each (the kit gives one pair per area and language). */
  postTexts: { short: string; long: string }[];
  credit: string;
}

/** Everything the media kit has for one area in one language. */
export function kitPage(area: KitAreaId, locale: Locale): KitPage {
  const w = kitWords[locale];
  const mine = manifest.files.filter((f) => f.area === area && f.lang === locale);
  if (mine.length === 0) {
    throw new Error(
      `@ljungby/media-kit/manifest.json has no files for area "${area}" in "${locale}"; expected the kit's areas ${manifest.areas.join(', ')}`,
    );
  }
  const cards: MaterialItem[] = [];
  for (const group of groups) {
    const files = mine
      .filter((f) => group.formats.includes(f.format))
      .sort(
        (a, b) =>
          group.formats.indexOf(a.format) - group.formats.indexOf(b.format) ||
          fileOrder.indexOf(a.fileType) - fileOrder.indexOf(b.fileType),
      );
    const first = files[0];
    if (!first) continue;
    const use = group.id === 'poster' ? undefined : first.use;
    cards.push({
      id: group.id,
      title: w.groups[group.id as keyof typeof w.groups],
      use,
      alt: first.alt ?? undefined,
      description: first.description === first.alt ? undefined : (first.description ?? undefined),
      preview: previewOf(first),
      files: files.map((f) => download(f, locale, use)),
    });
  }
  const bundle = mine
    .filter((f) => f.kind === 'zip' || f.kind === 'read-me')
    .sort((a) => (a.kind === 'zip' ? -1 : 1))
    .map((f) => ({ ...download(f, locale, undefined), label: w.formats[f.format] }));
  const grouped = new Set(groups.flatMap((g) => g.formats));
  const left = mine.filter(
    (f) => !grouped.has(f.format) && f.kind !== 'zip' && f.kind !== 'read-me',
  );
  if (left.length > 0) {
    throw new Error(
      `src/lib/media-kit.ts: the media kit has files of a format the site does not show yet: ${left.map((f) => f.path).join(', ')}; add the format to \`groups\``,
    );
  }
  const seen = new Map<string, { short: string; long: string }>();
  for (const f of mine) seen.set(JSON.stringify(f.postTexts), f.postTexts);
  const zip = mine.find((f) => f.kind === 'zip');
  return {
    cards,
    bundle,
    bundlePreview: zip && previewOf(zip),
    postTexts: [...seen.values()],
    credit: mine[0]?.credit ?? '',
  };
}
