// The template studio's choices: what the form holds and how it travels in the page's address,
// so that a link reopens the same template with the same words (never the logo or the photo:
// those stay in the browser that chose them). Pure, so the tests can check it in Node.
import { focusAreaIds, type FocusAreaId } from '@ljungby/focus-content/ids';
import { imageFormatIds, type ImageFormat } from '@ljungby/media-kit/formats';

/** What the studio makes: the kit's image formats and the two posters. */
export const posterFormats = ['poster-a4', 'poster-a3'] as const;
export type PosterFormat = (typeof posterFormats)[number];
export type StudioFormat = ImageFormat | PosterFormat;
/** Posters first: the most asked-for (an association's own event on a notice board). */
export const studioFormats: readonly StudioFormat[] = [...posterFormats, ...imageFormatIds];
export const isPoster = (format: StudioFormat): format is PosterFormat =>
  (posterFormats as readonly string[]).includes(format);

export const looks = ['neutral', ...focusAreaIds] as const;
export type Look = FocusAreaId | 'neutral';

export interface StudioChoices {
  format: StudioFormat;
  look: Look;
  scheme: 'light' | 'dark';
  /** A partner the municipality named, by id; empty for everyone else. */
  partner: string;
  organisation: string;
  headline: string;
  body: string;
  /** `YYYY-MM-DD`, `HH:MM`, free text; each may be empty. */
  date: string;
  time: string;
  place: string;
  link: string;
  /** The headline and text were taken from the kit (the credit then names the texts too). */
  kitText: boolean;
  photoCredit: string;
  photoAlt: string;
  /** The photo in the visual's frame, or behind the texts across the whole image. */
  photoPlace: 'frame' | 'background';
  /** Posters for a print shop: 3 mm bleed and crop marks. */
  bleed: boolean;
}

export const defaultChoices: StudioChoices = {
  format: 'poster-a4',
  look: 'neutral',
  scheme: 'light',
  partner: '',
  organisation: '',
  headline: '',
  body: '',
  date: '',
  time: '',
  place: '',
  link: '',
  kitText: false,
  photoCredit: '',
  photoAlt: '',
  photoPlace: 'frame',
  bleed: false,
};

/** Each choice's name in the form and in the address. */
export const fieldNames = {
  format: 'format',
  look: 'look',
  scheme: 'scheme',
  partner: 'partner',
  organisation: 'organisation',
  headline: 'headline',
  body: 'text',
  date: 'date',
  time: 'time',
  place: 'place',
  link: 'link',
  kitText: 'kit-text',
  photoCredit: 'photo-credit',
  photoAlt: 'photo-alt',
  photoPlace: 'photo-place',
  bleed: 'bleed',
} as const satisfies Record<keyof StudioChoices, string>;

/** The free texts and the most characters each may have (the layout may fit fewer). */
export const textLimits = {
  organisation: 60,
  headline: 120,
  body: 300,
  place: 80,
  link: 500,
  photoCredit: 60,
  photoAlt: 250,
} as const satisfies Partial<Record<keyof StudioChoices, number>>;
export type TextField = keyof typeof textLimits;
export const textFields = Object.keys(textLimits) as TextField[];

const datePattern = /^\d{4}-\d{2}-\d{2}$/u;
const timePattern = /^\d{2}:\d{2}$/u;

/**
 * Reads the choices from an address's query; anything unknown falls back to the default.
 * `partners`: the ids a communicator can pick (the content's, as the form's list has them).
 */
export function readChoices(query: URLSearchParams, partners: readonly string[]): StudioChoices {
  const get = (key: keyof StudioChoices) => query.get(fieldNames[key]) ?? '';
  const oneOf = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
    (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  const choices: StudioChoices = {
    ...defaultChoices,
    format: oneOf(get('format'), studioFormats, defaultChoices.format),
    look: oneOf(get('look'), looks, defaultChoices.look),
    scheme: oneOf(get('scheme'), ['light', 'dark'] as const, defaultChoices.scheme),
    photoPlace: oneOf(get('photoPlace'), ['frame', 'background'] as const, 'frame'),
    partner: oneOf(get('partner'), partners, ''),
    date: datePattern.test(get('date')) ? get('date') : '',
    time: timePattern.test(get('time')) ? get('time') : '',
    kitText: get('kitText') === '1',
    bleed: get('bleed') === '1',
  };
  // Texts come back as they were written, however long: the form then says what is too long.
  for (const key of textFields) choices[key] = get(key);
  return choices;
}

/** The query that reopens these choices: only what differs from a fresh studio. */
export function toQuery(choices: StudioChoices): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of Object.keys(fieldNames) as (keyof StudioChoices)[]) {
    const value = choices[key];
    if (value === defaultChoices[key]) continue;
    query.set(fieldNames[key], typeof value === 'boolean' ? (value ? '1' : '0') : value);
  }
  return query;
}
