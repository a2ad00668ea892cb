// What one kit is about: the texts, the fact, the illustrations and the colours of one area
// (a focus area, the vision or all four together) in one language, all read from the content.
import {
  focusAreaIds,
  getContent,
  getCreditLine,
  illustrations as allIllustrations,
  isLocale,
  locales,
  type FocusAreaId,
  type IllustrationData,
  type Locale,
  type LocaleContent,
} from '@ljungby/focus-content';
import { MediaKitError } from './errors.ts';
import { figureSources, namesOf, sourcesOf } from './figure-sources.ts';
import { labels } from './labels.ts';

/** The kit's areas: each focus area, the vision, and `all` (every focus area together). */
export const kitAreaIds = [...focusAreaIds, 'vision', 'all'] as const;
export type KitAreaId = (typeof kitAreaIds)[number];

export const isKitAreaId = (value: unknown): value is KitAreaId =>
  typeof value === 'string' && (kitAreaIds as readonly string[]).includes(value);

export interface SubjectIllustration {
  /** The focus area whose drawing and accent colours this is. */
  area: FocusAreaId;
  data: IllustrationData;
  alt: string;
}

/** Everything the renderers need for one area in one language. */
export interface Subject {
  area: KitAreaId;
  locale: Locale;
  /** Accent of the whole image: the focus area's, or the default accent for vision and all. */
  accentArea: FocusAreaId | null;
  /** Small line above the key message, e.g. the area's name. */
  eyebrow: string;
  /** The key message, set large. */
  headline: string;
  /** The content's short text. */
  body: string;
  /** The content's medium text (for the long post text). */
  bodyLong: string;
  fact: { value: string; label: string; source: string } | null;
  /** The sources of the figures in each drawn text, drawn beside them (`Källa: …`). */
  sources: Record<SourcedField, string[]>;
  /** What the municipality's page says: the area and its partners, or the vision. */
  sourceLine: string;
  /**
   * Where to read more: the area's own call to action, or the page the subject comes from. An
   * empty `url`: nowhere (a partner's own material without a link).
   */
  readMore: { label: string; url: string };
  /** The credit line the licence asks for; empty when nothing of the kit's is used. */
  credit: string;
  illustrations: SubjectIllustration[];
  /** Describes the illustration part of an image; the image's alt text adds its words. */
  illustrationAlt: string;
  /** The same in a few words, for the short alt text. */
  illustrationAltShort: string;
  /** When and where, in words, under the headline (a partner's own event). */
  event?: string;
  /** A link drawn as text on the images too, e.g. `sagobygden.se/sagokvall` (own material). */
  link?: string;
  /** A partner's own photo, in place of the illustrations. */
  photo?: SubjectPhoto;
  /** A partner's logo, in the bottom corner on a plate of its own. */
  logo?: SubjectLogo;
  /** Lines under the credit: the partner line, a photo credit. */
  creditLines?: string[];
}

/** The drawn texts that may hold a figure, and so carry its source. */
export type SourcedField = 'eyebrow' | 'headline' | 'body' | 'fact';

/** A picture a partner brings: it stays in the page that drew it, as a data: URL. */
export interface SubjectPicture {
  /** `data:image/png;base64,…`, `data:image/jpeg;…` or `data:image/svg+xml;…` */
  href: string;
  /** Its size in pixels (for SVG, its viewBox size). */
  width: number;
  height: number;
}

/** A photo, cropped to fill the visual around the point the partner picked. */
export interface SubjectPhoto extends SubjectPicture {
  /** The point to keep in view, 0–1 from the left and from the top. */
  focus: { x: number; y: number };
  /**
   * Behind the whole image, the texts on a panel over it (share images and slides), rather
   * than in the visual's frame. @default false
   */
  background?: boolean;
  /** The photo's colours, small, for checking the contrast of text over it. */
  samples?: PhotoSamples;
}

/** A photo shrunk to a few thousand pixels: sRGB bytes, r g b per pixel, row by row. */
export interface PhotoSamples {
  width: number;
  height: number;
  rgb: readonly number[];
}

export type SubjectLogo = SubjectPicture;

/** Text fields of a subject that are drawn, checked for fit and glyphs by name. */
export type SubjectTextField =
  'eyebrow' | 'headline' | 'body' | 'fact' | 'sources' | 'sourceLine' | 'readMore' | 'credit';

export interface SubjectOptions {
  /** Replaces the published content (used by the build's bad-input tests). */
  content?: LocaleContent;
  illustrations?: Partial<Record<FocusAreaId, IllustrationData>>;
  /** Names the output in error messages. */
  file?: string;
  format?: string;
}

const listFormat = (locale: Locale) =>
  new Intl.ListFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { style: 'long', type: 'conjunction' });

/** Builds the subject of one area in one language. Throws a MediaKitError for bad input. */
export function subjectOf(area: string, locale: string, options: SubjectOptions = {}): Subject {
  const where = { file: options.file ?? `${area}/${locale}`, format: options.format ?? '*' };
  if (!isKitAreaId(area))
    throw new MediaKitError(
      { ...where, field: 'area' },
      `unknown area ${JSON.stringify(area)}; expected one of ${kitAreaIds.join(', ')}`,
    );
  if (!isLocale(locale))
    throw new MediaKitError(
      { ...where, field: 'locale' },
      `unknown language ${JSON.stringify(locale)}; expected one of ${locales.join(', ')}`,
    );
  const content = options.content ?? getContent(locale);
  const drawings = { ...allIllustrations, ...options.illustrations };
  const l = labels[locale];
  const credit = options.content ? content.license.credit : getCreditLine(locale);
  const known = { figures: figureSources(content), names: namesOf(content) };
  const sourced = (texts: Omit<Record<SourcedField, string>, 'fact'>, fact: Subject['fact']) => ({
    eyebrow: sourcesOf(texts.eyebrow, known, { ...where, field: 'eyebrow' }),
    headline: sourcesOf(texts.headline, known, { ...where, field: 'headline' }),
    body: sourcesOf(texts.body, known, { ...where, field: 'body' }),
    fact: fact ? [fact.source] : [],
  });

  const illustrationOf = (id: FocusAreaId): SubjectIllustration => {
    const areaContent = content.focusAreas.find((a) => a.id === id);
    const data = drawings[id] as IllustrationData | undefined;
    if (!areaContent || !data || data.shapes.length === 0)
      throw new MediaKitError(
        { ...where, field: `focusAreas.${id}.illustration` },
        `the illustration of ${id} is missing; expected illustrations/${id}.svg in @ljungby/focus-content`,
      );
    return { area: id, data, alt: areaContent.illustration.alt };
  };

  if (area === 'vision' || area === 'all') {
    const { vision } = content;
    const all = focusAreaIds.map(illustrationOf);
    const names = focusAreaIds.map((id) => content.focusAreas.find((a) => a.id === id)?.name ?? id);
    // The vision's goal is its statement's figure and is said in the short text; the fact
    // beside it is the first other one (today's population), so the image says where we start.
    const goalDigits = String(vision.goal.population);
    const startFact = vision.facts.find((f) => f.value.replace(/\D/gu, '') !== goalDigits);
    const base = {
      area,
      locale,
      accentArea: null,
      credit,
      illustrations: all,
      illustrationAlt: `${l.illustrationsOf(all.length)}: ${all.map((i) => i.alt).join(' ')}`,
      illustrationAltShort: l.illustrationsShort(all.length),
      readMore: { label: l.readMore, url: vision.source.url },
      sourceLine: `${l.sourceOfVision}: ${vision.source.title}`,
    };
    if (area === 'vision') {
      const f = startFact ?? vision.facts[0];
      const fact = f ? { value: f.value, label: f.label, source: f.source.title } : null;
      const texts = {
        eyebrow: vision.title,
        headline: vision.statement,
        // The short text opens with the statement, which is the headline already.
        body: withoutLead(vision.summary.short, vision.statement),
      };
      return {
        ...base,
        ...texts,
        bodyLong: vision.summary.medium,
        fact,
        sources: sourced(texts, fact),
      };
    }
    const official = content.focusAreas[0]?.official.source ?? vision.source;
    const texts = {
      eyebrow: l.allAreas(names.length),
      headline: listFormat(locale).format(names),
      body: vision.summary.short,
    };
    return {
      ...base,
      ...texts,
      bodyLong: vision.summary.medium,
      fact: null,
      sources: sourced(texts, null),
      readMore: { label: l.readMore, url: official.url },
      sourceLine: `${l.sourceOfAreas}: ${official.title}`,
    };
  }

  const fa = content.focusAreas.find((a) => a.id === area);
  if (!fa)
    throw new MediaKitError(
      { ...where, field: 'focusAreas' },
      `the content has no focus area ${area}`,
    );
  const key = fa.keyMessages[0];
  if (!key)
    throw new MediaKitError(
      { ...where, field: `focusAreas.${area}.keyMessages` },
      'the focus area has no key message',
    );
  const f = fa.facts[0];
  const fact = f ? { value: f.value, label: f.label, source: f.source.title } : null;
  const ill = illustrationOf(area);
  const texts = { eyebrow: `${l.focusArea}: ${fa.name}`, headline: key, body: fa.summary.short };
  return {
    area,
    locale,
    accentArea: area,
    ...texts,
    bodyLong: fa.summary.medium,
    fact,
    sources: sourced(texts, fact),
    // The announcement names the area and its partners; the texts' other claims have their own
    // sources, so its title is not put under them as if it said everything.
    sourceLine: `${l.sourceOfArea}: ${fa.official.source.title}`,
    readMore: fa.callToAction ?? { label: l.readMore, url: fa.official.source.url },
    credit,
    illustrations: [ill],
    illustrationAlt: ill.alt,
    illustrationAltShort: ill.alt,
  };
}

/** `text` without a first sentence that repeats `lead`. */
function withoutLead(text: string, lead: string): string {
  const rest = text.startsWith(lead) ? text.slice(lead.length).replace(/^[.!]?\s+/u, '') : text;
  return rest || text;
}
