// A partner's own material in the kit's look (the template studio): their headline, text,
// event and link with the kit's colours and illustration, or their own photo. What the kit
// decides stays with the kit: the credit line comes from the content and names exactly what is
// reused, and "I samarbete med Ljungby kommun" is drawn only for a partner the municipality
// named (by id, from the content).
import {
  getCollaboration,
  getContent,
  getCreditLine,
  getPartner,
  type FocusAreaId,
  type Locale,
  type Reused,
} from '@ljungby/focus-content';
import { MediaKitError } from './errors.ts';
import { labels } from './labels.ts';
import { subjectOf, type Subject, type SubjectLogo, type SubjectPhoto } from './subject.ts';

export interface OwnMaterial {
  locale: Locale;
  /** A focus area's colours and illustration, or `neutral`: the kit's accent, every area. */
  look: FocusAreaId | 'neutral';
  /** The organisation's name, drawn above the headline. */
  organisation: string;
  /**
   * The id of a partner the municipality named (`getPartners()`): its name is drawn, and the
   * partner line under it. Leave it out for everyone else.
   */
  partner?: string;
  headline: string;
  body: string;
  /** When and where, each optional: `2027-03-12`, `18:00`, `Ljungby bibliotek`. */
  date?: string;
  time?: string;
  place?: string;
  /** The whole address, `https://…`: drawn without `https://`, and as a QR code on posters. */
  link?: string;
  /** The texts were taken from the kit (and perhaps changed): the credit names them. */
  textFromKit?: boolean;
  /** The partner's own photo, in place of the illustration, with its alt text and credit. */
  photo?: SubjectPhoto & { alt: string; credit: string };
  logo?: SubjectLogo;
}

/** `Torsdag 12 mars kl. 18.00 · Ljungby bibliotek`, from whichever parts are given. */
export function eventLine(
  lang: Locale,
  when: Pick<OwnMaterial, 'date' | 'time' | 'place'>,
): string {
  const parts: string[] = [];
  const [y, m, d] = (when.date ?? '').split('-').map(Number);
  if (y && m && d) {
    const day = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, d)));
    parts.push(day.charAt(0).toUpperCase() + day.slice(1));
  }
  const [hh, mm] = (when.time ?? '').split(':');
  if (hh && mm) parts.push(`${labels[lang].at} ${hh}${lang === 'sv' ? '.' : ':'}${mm}`);
  const date = parts.join(' ');
  return [date, when.place?.trim()].filter(Boolean).join(' · ');
}

/** `sagobygden.se/sagokvall` for `https://www.sagobygden.se/sagokvall/`: what a reader types. */
export function linkText(url: string): string {
  return url
    .replace(/^https?:\/\//iu, '')
    .replace(/^www\./iu, '')
    .replace(/\/$/u, '');
}

/** Every text of the kit in a language a partner may take as it is. */
function kitTexts(lang: Locale): Set<string> {
  const c = getContent(lang);
  const texts = [c.vision.statement, c.vision.summary.short, c.vision.summary.medium];
  for (const area of c.focusAreas)
    texts.push(...area.keyMessages, area.summary.short, area.summary.medium);
  return new Set(texts.map(squash));
}
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The credit line for what the material reuses of the kit's: texts, illustrations, both. */
function creditOf(m: OwnMaterial): string {
  const known = kitTexts(m.locale);
  const asIs = [m.headline, m.body].filter((t) => t.trim() && known.has(squash(t)));
  const texts = m.textFromKit === true || asIs.length > 0;
  const illustrations = !m.photo;
  const reused: Reused | null =
    texts && illustrations ? 'all' : texts ? 'texts' : illustrations ? 'illustrations' : null;
  if (!reused) return '';
  const credit = getCreditLine(m.locale, reused);
  const changed =
    m.textFromKit === true && asIs.length < [m.headline, m.body].filter(Boolean).length;
  return changed ? `${credit}. ${getContent(m.locale).license.changedNote}` : credit;
}

/** The subject the renderers draw for a partner's own material. */
export function ownSubject(m: OwnMaterial): Subject {
  const l = labels[m.locale];
  const partner = m.partner === undefined ? undefined : getPartner(m.partner, m.locale);
  if (m.partner !== undefined && !partner)
    throw new MediaKitError(
      { file: 'own material', field: 'partner', format: '*' },
      `unknown partner ${JSON.stringify(m.partner)}; expected an id from getPartners()`,
    );
  const kit = subjectOf(m.look === 'neutral' ? 'vision' : m.look, m.locale);
  const creditLines = [
    ...(partner ? [getCollaboration(m.locale).partnerLine] : []),
    ...(m.photo?.credit.trim() ? [`${l.photo}: ${m.photo.credit.trim()}`] : []),
  ];
  return {
    area: kit.area,
    locale: m.locale,
    accentArea: kit.accentArea,
    eyebrow: (partner?.name ?? m.organisation).trim(),
    headline: m.headline.trim(),
    body: m.body.trim(),
    bodyLong: m.body.trim(),
    fact: null,
    sourceLine: '',
    readMore: { label: l.readMore, url: m.link ?? '' },
    credit: creditOf(m),
    // The partner's own words have no figures of the kit's to source.
    sources: { eyebrow: [], headline: [], body: [], fact: [] },
    illustrations: m.photo ? [] : kit.illustrations,
    illustrationAlt: m.photo ? m.photo.alt.trim() : kit.illustrationAlt,
    illustrationAltShort: m.photo ? m.photo.alt.trim() : kit.illustrationAltShort,
    event: eventLine(m.locale, m),
    ...(m.link ? { link: `${l.readMore}: ${linkText(m.link)}` } : {}),
    ...(m.photo ? { photo: m.photo } : {}),
    ...(m.logo ? { logo: m.logo } : {}),
    creditLines,
  };
}
