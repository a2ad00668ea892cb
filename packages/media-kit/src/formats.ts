// The image formats and where things go in each. Spacing is the tokens' space scale times a
// per-format rem (the images are drawn at 1080–1920 px, so one "rem" is larger than on screen).
import type { Locale } from '@ljungby/focus-content';
import { spaceRem } from './colors.ts';
import type { ColumnSpec, Rect } from './layout.ts';
import type { Subject } from './subject.ts';

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

/** Where every part of an image goes, in px. */
export function imageLayout(format: ImageFormat, s: Subject): ImageLayout {
  const { width: W, height: H } = imageFormats[format];
  const rem = format === 'slide' ? 28 : 20;
  const sp = (step: string) => spaceRem(step) * rem;
  const pad = sp('8');
  const stripe = { x: 0, y: 0, width: W, height: sp('3') };
  const radius = sp('5');
  const eyebrow = (size: number) =>
    ({
      field: 'eyebrow',
      text: s.eyebrow,
      size,
      weight: 700,
      lineHeight: 1.25,
      color: 'accentText',
    }) as const;
  const headline = (size: number, minSize: number, gap: number) =>
    ({
      field: 'headline',
      text: s.headline,
      size,
      minSize,
      weight: 700,
      lineHeight: 1.15,
      color: 'text',
      gap,
    }) as const;
  const body = (size: number, gap: number) =>
    ({
      field: 'body',
      text: s.body,
      size,
      weight: 400,
      lineHeight: 1.4,
      color: 'text',
      gap,
    }) as const;
  const credit = (size: number, gap: number) =>
    ({
      field: 'credit',
      text: s.credit,
      size,
      weight: 400,
      lineHeight: 1.3,
      color: 'textSubtle',
      gap,
    }) as const;

  const fact = (gap: number) =>
    s.fact
      ? ([
          {
            field: 'fact.value',
            text: s.fact.value,
            size: 64,
            weight: 700,
            lineHeight: 1.1,
            color: 'accentText',
            gap,
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
        ] as const)
      : [];

  switch (format) {
    case 'square': {
      const visual = { x: pad, y: pad, width: W - 2 * pad, height: 480 };
      const top = visual.y + visual.height + sp('7');
      return {
        stripe,
        visual,
        radius,
        column: {
          box: { x: pad, y: top, width: W - 2 * pad, height: H - pad + sp('4') - top },
          top: [eyebrow(30), headline(64, 48, sp('4'))],
          bottom: [credit(22, sp('6'))],
        },
      };
    }
    case 'portrait': {
      const visual = { x: pad, y: pad, width: W - 2 * pad, height: 520 };
      const top = visual.y + visual.height + sp('7');
      return {
        stripe,
        visual,
        radius,
        column: {
          box: { x: pad, y: top, width: W - 2 * pad, height: H - pad + sp('4') - top },
          top: [eyebrow(30), headline(68, 50, sp('4')), body(30, sp('6'))],
          bottom: [credit(22, sp('6'))],
        },
      };
    }
    case 'story': {
      // Instagram and Facebook cover about 250 px at the top and the bottom of a story.
      const safe = 250;
      const visual = { x: pad, y: safe, width: W - 2 * pad, height: 520 };
      const top = visual.y + visual.height + sp('7');
      return {
        stripe,
        visual,
        radius,
        column: {
          box: { x: pad, y: top, width: W - 2 * pad, height: H - safe - top },
          top: [eyebrow(34), headline(76, 56, sp('4')), body(34, sp('6')), ...fact(sp('7'))],
          bottom: [credit(24, sp('6'))],
        },
      };
    }
    case 'link-preview': {
      const p = sp('7');
      const visual = { x: W - p - 480, y: (H - 300) / 2, width: 480, height: 300 };
      return {
        stripe,
        visual,
        radius,
        column: {
          box: { x: p, y: p + sp('2'), width: visual.x - p - sp('7'), height: H - 2 * p - sp('2') },
          top: [eyebrow(24), headline(50, 38, sp('3'))],
          align: 'center',
          bottom: [credit(18, sp('5'))],
        },
      };
    }
    case 'slide': {
      const visual = { x: W - pad - 760, y: (H - 475) / 2, width: 760, height: 475 };
      return {
        stripe,
        visual,
        radius,
        column: {
          box: { x: pad, y: pad, width: visual.x - pad - sp('7'), height: H - 2 * pad },
          top: [eyebrow(36), headline(72, 52, sp('4')), body(32, sp('6'))],
          align: 'center',
          bottom: [credit(24, sp('6'))],
        },
      };
    }
  }
}
