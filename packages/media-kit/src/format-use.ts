// Which size goes where, in the kit's languages: shown in the read-me, the README and the
// partner site (the template studio's format choices).
import type { Locale } from '@ljungby/focus-content';
import type { ImageFormat } from './format-layouts.ts';

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
