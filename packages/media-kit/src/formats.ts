// The image formats and where things go in each. Spacing is the tokens' space scale times a
// per-format rem (the images are drawn at 1080–1920 px, so one "rem" is larger than on screen).
import type { Locale } from '@ljungby/focus-content';
import { spaceRem } from './colors.ts';
import { sourcesLine } from './figure-sources.ts';
import type { BlockSpec, ColumnSpec, Rect } from './layout.ts';
import type { SourcedField, Subject } from './subject.ts';

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

/** Which size goes where: shown in the read-me and the README. */
export const formatUse: Record<
  ImageFormat | 'poster-a4' | 'poster-a3' | 'slide-pptx',
  Record<Locale, string>
> = {
  square: {
    sv: 'Inlägg i flödet på Instagram, Facebook och LinkedIn (1080 × 1080).',
    en: 'Feed posts on Instagram, Facebook and LinkedIn (1080 × 1080).',
  },
  portrait: {
    sv: 'Stående inlägg i flödet på Instagram och Facebook (1080 × 1350).',
    en: 'Portrait feed posts on Instagram and Facebook (1080 × 1350).',
  },
  story: {
    sv: 'Stories och reels på Instagram och Facebook (1080 × 1920). Texten håller sig borta från kanterna där appen lägger sina knappar.',
    en: 'Stories and reels on Instagram and Facebook (1080 × 1920). The text keeps clear of the edges where the app puts its buttons.',
  },
  'link-preview': {
    sv: 'Länkförhandsvisning (Open Graph) för en webbsida, och inlägg med länk på Facebook och LinkedIn (1200 × 630).',
    en: 'Link preview (Open Graph) for a web page, and posts with a link on Facebook and LinkedIn (1200 × 630).',
  },
  slide: {
    sv: 'Bild i en presentation, 16:9 (1920 × 1080).',
    en: 'A picture for a presentation, 16:9 (1920 × 1080).',
  },
  'slide-pptx': {
    sv: 'PowerPoint-bild, 16:9, med text du kan ändra. Öppnas i PowerPoint, Keynote och Google Presentationer.',
    en: 'PowerPoint slide, 16:9, with text you can edit. Opens in PowerPoint, Keynote and Google Slides.',
  },
  'poster-a4': {
    sv: 'Affisch att skriva ut i A4, till exempel på en anslagstavla.',
    en: 'A poster to print in A4, for example for a notice board.',
  },
  'poster-a3': {
    sv: 'Samma affisch i A3, för större tavlor.',
    en: 'The same poster in A3, for larger boards.',
  },
};

export interface ImageLayout {
  /** The accent bar along the top edge. */
  stripe: Rect;
  /** Where the illustration(s) go; rounded by `radius`. */
  visual: Rect;
  radius: number;
  column: ColumnSpec;
}

/** A step of the tokens' space scale, e.g. `'4'`. */
type SpaceStep = string;

/** A text's size in px and the space above it. */
interface TextSize {
  size: number;
  gap: SpaceStep;
}

/** How one format is laid out: sizes in px, spacing in steps of the tokens' space scale. */
interface FormatLayout {
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
}

const formatLayouts: Record<ImageFormat, FormatLayout> = {
  square: {
    rem: 20,
    visual: { place: 'above', height: 480 },
    eyebrow: 30,
    headline: { size: 64, minSize: 48, gap: '4' },
    credit: { size: 22, gap: '6' },
  },
  portrait: {
    rem: 20,
    visual: { place: 'above', height: 520 },
    eyebrow: 30,
    headline: { size: 68, minSize: 50, gap: '4' },
    body: { size: 30, gap: '6' },
    credit: { size: 22, gap: '6' },
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
  },
  'link-preview': {
    rem: 20,
    visual: { place: 'beside', width: 480, height: 300, margin: '7', textDrop: '2' },
    eyebrow: 24,
    headline: { size: 50, minSize: 38, gap: '3' },
    credit: { size: 18, gap: '5' },
  },
  slide: {
    rem: 28,
    visual: { place: 'beside', width: 760, height: 475, margin: '8' },
    eyebrow: 36,
    headline: { size: 72, minSize: 52, gap: '4' },
    body: { size: 32, gap: '6' },
    credit: { size: 24, gap: '6' },
  },
};

/** Where every part of an image goes, in px. */
export function imageLayout(format: ImageFormat, s: Subject): ImageLayout {
  const { width: W, height: H } = imageFormats[format];
  const spec = formatLayouts[format];
  const sp = (step: SpaceStep) => spaceRem(step) * spec.rem;
  const pad = sp('8');
  const stripe = { x: 0, y: 0, width: W, height: sp('3') };
  const radius = sp('5');

  const top: BlockSpec[] = [
    {
      field: 'eyebrow',
      text: s.eyebrow,
      size: spec.eyebrow,
      weight: 700,
      lineHeight: 1.25,
      color: 'accentText',
    },
    {
      field: 'headline',
      text: s.headline,
      size: spec.headline.size,
      minSize: spec.headline.minSize,
      weight: 700,
      lineHeight: 1.15,
      color: 'text',
      gap: sp(spec.headline.gap),
    },
  ];
  const drawn: SourcedField[] = ['eyebrow', 'headline'];
  if (spec.body) {
    drawn.push('body');
    top.push({
      field: 'body',
      text: s.body,
      size: spec.body.size,
      weight: 400,
      lineHeight: 1.4,
      color: 'text',
      gap: sp(spec.body.gap),
    });
  }
  if (spec.fact && s.fact) {
    drawn.push('fact');
    top.push(
      {
        field: 'fact.value',
        text: s.fact.value,
        size: 64,
        weight: 700,
        lineHeight: 1.1,
        color: 'accentText',
        gap: sp(spec.fact.gap),
      },
      {
        field: 'fact.label',
        text: s.fact.label,
        size: 30,
        weight: 400,
        lineHeight: 1.35,
        color: 'text',
        gap: sp('2'),
      },
    );
  }
  // The sources of the figures drawn above, right under them.
  const sources = sourcesLine(
    s.lang,
    drawn.flatMap((field) => s.sources[field]),
  );
  if (sources) {
    top.push({
      field: 'sources',
      text: sources,
      size: spec.credit.size,
      weight: 400,
      lineHeight: 1.3,
      color: 'textSubtle',
      gap: sp('2'),
    });
  }
  const bottom: BlockSpec[] = [
    {
      field: 'credit',
      text: s.credit,
      size: spec.credit.size,
      weight: 400,
      lineHeight: 1.3,
      color: 'textSubtle',
      gap: sp(spec.credit.gap),
    },
  ];

  const { visual: place } = spec;
  if (place.place === 'above') {
    const visual = { x: pad, y: place.safeEdge ?? pad, width: W - 2 * pad, height: place.height };
    const y = visual.y + visual.height + sp('7');
    // Without a safe edge, the credit may reach a little into the bottom padding.
    const end = place.safeEdge === undefined ? H - pad + sp('4') : H - place.safeEdge;
    return {
      stripe,
      visual,
      radius,
      column: { box: { x: pad, y, width: W - 2 * pad, height: end - y }, top, bottom },
    };
  }
  const m = sp(place.margin);
  const drop = place.textDrop === undefined ? 0 : sp(place.textDrop);
  const visual = {
    x: W - m - place.width,
    y: (H - place.height) / 2,
    width: place.width,
    height: place.height,
  };
  return {
    stripe,
    visual,
    radius,
    column: {
      box: { x: m, y: m + drop, width: visual.x - m - sp('7'), height: H - 2 * m - drop },
      top,
      align: 'center',
      bottom,
    },
  };
}
