// The image formats and how each is laid out. Spacing is the tokens' space scale times a
// per-format rem (the images are drawn at 1080–1920 px, so one "rem" is larger than on screen).

export const imageFormats = {
  square: { width: 1080, height: 1080, kind: 'share-image' },
  portrait: { width: 1080, height: 1350, kind: 'share-image' },
  story: { width: 1080, height: 1920, kind: 'share-image' },
  'link-preview': { width: 1200, height: 630, kind: 'share-image' },
  slide: { width: 1920, height: 1080, kind: 'slide' },
} as const;

/** A raster/vector image format: the four share sizes and the 16:9 slide. */
export type ImageFormat = keyof typeof imageFormats;
export const imageFormatIds = Object.keys(imageFormats) as ImageFormat[];
export const isImageFormat = (value: unknown): value is ImageFormat =>
  typeof value === 'string' && Object.hasOwn(imageFormats, value);

/** A step of the tokens' space scale, e.g. `'4'`. */
export type SpaceStep = string;

/** A text's size in px and the space above it. */
interface TextSize {
  size: number;
  gap: SpaceStep;
}

/** How one format is laid out: sizes in px, spacing in steps of the tokens' space scale. */
export interface FormatLayout {
  /** px per rem: the images are large, so one "rem" is larger than on screen. */
  rem: number;
  /**
   * The illustration `above` the text at full width (from the padding, or from `safeEdge` px
   * at top and bottom), or `beside` it on the right, centred, with the text `margin` from the
   * edges (and `textDrop` lower at the top).
   */
  visual:
    | { place: 'above'; height: number; safeEdge?: number }
    | { place: 'beside'; width: number; height: number; margin: SpaceStep; textDrop?: SpaceStep };
  eyebrow: number;
  headline: TextSize & { minSize: number };
  body?: TextSize;
  /** The key figure under the body, when the subject has one. */
  fact?: { gap: SpaceStep };
  credit: TextSize;
  /**
   * A partner's own material: the event line under the headline, the link above the credit
   * and the logo's height in the bottom corner. The kit's own images have none of them.
   */
  own: { event: TextSize; link: TextSize; logo: number };
}

export const formatLayouts: Record<ImageFormat, FormatLayout> = {
  square: {
    rem: 20,
    visual: { place: 'above', height: 480 },
    eyebrow: 30,
    headline: { size: 64, minSize: 48, gap: '4' },
    credit: { size: 22, gap: '6' },
    own: { event: { size: 34, gap: '3' }, link: { size: 26, gap: '6' }, logo: 84 },
  },
  portrait: {
    rem: 20,
    visual: { place: 'above', height: 520 },
    eyebrow: 30,
    headline: { size: 68, minSize: 50, gap: '4' },
    body: { size: 30, gap: '6' },
    credit: { size: 22, gap: '6' },
    own: { event: { size: 36, gap: '3' }, link: { size: 28, gap: '6' }, logo: 96 },
  },
  story: {
    rem: 20,
    // Instagram and Facebook cover about 250 px at the top and the bottom of a story.
    visual: { place: 'above', height: 520, safeEdge: 250 },
    eyebrow: 34,
    headline: { size: 76, minSize: 56, gap: '4' },
    body: { size: 34, gap: '6' },
    fact: { gap: '7' },
    credit: { size: 24, gap: '6' },
    own: { event: { size: 40, gap: '4' }, link: { size: 30, gap: '6' }, logo: 104 },
  },
  'link-preview': {
    rem: 20,
    visual: { place: 'beside', width: 480, height: 300, margin: '7', textDrop: '2' },
    eyebrow: 24,
    headline: { size: 50, minSize: 38, gap: '3' },
    credit: { size: 18, gap: '5' },
    own: { event: { size: 28, gap: '2' }, link: { size: 22, gap: '4' }, logo: 64 },
  },
  slide: {
    rem: 28,
    visual: { place: 'beside', width: 760, height: 475, margin: '8' },
    eyebrow: 36,
    headline: { size: 72, minSize: 52, gap: '4' },
    body: { size: 32, gap: '6' },
    credit: { size: 24, gap: '6' },
    own: { event: { size: 38, gap: '3' }, link: { size: 28, gap: '6' }, logo: 104 },
  },
};
