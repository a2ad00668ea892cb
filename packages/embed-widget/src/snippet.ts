import {
  areas,
  choices,
  locales,
  reservationFor,
  type Area,
  type ColorScheme,
  type Layout,
  type Locale,
  type ResolvedOptions,
  type SectionHeadingLevel,
} from './options';
import { linkTexts } from '@ljungby/focus-content/link-texts';
import { build } from './build-info';
import { dataFiles } from './data-files';
import { reservationFile } from './reservation';

export interface SnippetOptions {
  /** A focus-area id, or `all` for the grid of four. @default 'all' */
  area?: Area;
  /** `card` (the teaser) or `story` (the long text with key messages, facts and partners). @default 'card' */
  layout?: Layout;
  /** Locale of the story and the fallback link (the `lang` attribute). @default 'sv' */
  locale?: Locale;
  /** @deprecated Use `locale` (the one word for it in the kit). */
  lang?: Locale;
  /** Colour scheme; `auto` follows the visitor's system. @default 'light' */
  colorScheme?: ColorScheme;
  /** The level of the widget's headings, to fit the page's outline (2–6). @default 2 */
  headingLevel?: SectionHeadingLevel;
  /** Where the fallback link goes when the widget cannot load. @default 'https://www.ljungby.se/' */
  fallbackHref?: string;
  /** Base URL of a self-hosted copy of the widget's package (the folder holding `dist/`). @default jsDelivr's mirror of npm, exact version */
  scriptBase?: string;
  /** Base URL of a self-hosted copy of `@ljungby/focus-content` (the folder holding `dist/json/`). @default jsDelivr's mirror of npm, version range */
  contentBase?: string;
  /**
   * How the snippet reserves the widget's space before the script arrives, so that the page
   * does not move: `stylesheet` links the package's small `dist/reserve/<area>-<layout>.css` (passes a strict
   * Content Security Policy that allows the CDN in `style-src`); `inline` writes a `style`
   * attribute (the 0.1 snippet; blocked by a strict `style-src`); `none` leaves it to the site's
   * own stylesheet (`reservationCss(options)`).
   * @default 'stylesheet'
   */
  reservation?: Reservation;
  /**
   * @deprecated Use `reservation`. `false` means `reservation: 'none'`, `true` `'inline'`.
   */
  inlineReservation?: boolean;
}

/** Where the snippet's size reservation lives. */
export const reservations = ['stylesheet', 'inline', 'none'] as const;
export type Reservation = (typeof reservations)[number];

/** The reservation the options ask for, reading the deprecated `inlineReservation` too. */
export function reservationOf(options: SnippetOptions): Reservation {
  // Read through a plain type: the deprecated option must keep working for 0.1 callers.
  const legacy = (options as { inlineReservation?: boolean }).inlineReservation;
  if (options.reservation) return options.reservation;
  if (legacy === undefined) return 'stylesheet';
  return legacy ? 'inline' : 'none';
}

/** The options with the deprecated `lang` read as `locale`, for 0.1 callers. */
export function withLocale(options: SnippetOptions): SnippetOptions {
  // Read through a plain type: the deprecated option must keep working for 0.1 callers.
  const legacy = (options as { lang?: Locale }).lang;
  return options.locale === undefined && legacy !== undefined
    ? { ...options, locale: legacy }
    : options;
}

/** Whether the snippet links a reservation stylesheet (dist/reserve/<area>-<layout>.css). */
export const usesStylesheet = (options: SnippetOptions) => reservationOf(options) === 'stylesheet';

const cdn = 'https://cdn.jsdelivr.net/npm';
/** The exact-version URL of the widget's script on jsDelivr (which mirrors npm). */
export const scriptUrl = `${cdn}/@ljungby/embed-widget@${build.version}/dist/embed.js`;
/** The CDN folder of the content package, by version range so that text fixes reach every embed. */
export const contentBaseUrl = `${cdn}/@ljungby/focus-content@${build.contentRange}`;
/** The SRI hash of `dist/embed.js`, computed from the file at build. */
export const integrity = build.integrity;

const trim = (base: string) => base.replace(/\/$/, '');
const originOf = (url: string) => new URL(url).origin;
/** The folder the script and the stylesheet come from. */
const widgetBase = (options: SnippetOptions) =>
  options.scriptBase ? trim(options.scriptBase) : scriptUrl.slice(0, -'/dist/embed.js'.length);
/** The origin serving the widget's script and stylesheet. */
export const scriptOrigin = (options: SnippetOptions) => originOf(`${widgetBase(options)}/`);
/** The origin serving the content files. */
export const contentOrigin = (options: SnippetOptions) =>
  originOf(`${options.contentBase ? trim(options.contentBase) : contentBaseUrl}/`);

function check<T>(name: string, value: T, allowed: readonly T[], caller = 'createSnippet'): T {
  if (!allowed.includes(value)) {
    throw new RangeError(
      `${caller}: ${name} ${JSON.stringify(value)} is not supported; use one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
    );
  }
  return value;
}

/** For attribute values and text alike (a `"` in text reads the same as `&quot;`). */
const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The text of the fallback link, in the snippet's language: the content's words
 * (`linkTexts` of @ljungby/focus-content/link-texts, what its `getLinkText` gives), e.g.
 * `Sagobygden – ett av Ljungby kommuns fokusområden`.
 */
export function fallbackText(area: Area, locale: Locale): string {
  const words = linkTexts[check('locale', locale, locales, 'fallbackText')];
  return words[check('area', area, areas, 'fallbackText')];
}

/**
 * Written into every snippet, even with their default values, so that it reads plainly. Kept
 * here, beside the one code that reads it, and out of the choices table that embed.js carries.
 */
const alwaysWritten: readonly (keyof ResolvedOptions)[] = ['area', 'locale'];

/**
 * The recommended snippet for a partner's page: the element with its fallback link and size
 * reservation, and the script pinned to this exact version with its SRI hash.
 *
 * @example
 * createSnippet({ area: 'vatten', locale: 'sv' });
 */
export function createSnippet(given: SnippetOptions = {}): string {
  const options = withLocale(given);
  const chosen: Record<string, unknown> = {};
  const attributes: [string, string][] = [];
  for (const c of choices) {
    const value = check(c.option, options[c.option] ?? c.default, c.values as readonly unknown[]);
    chosen[c.option] = value;
    if (alwaysWritten.includes(c.option) || value !== c.default)
      attributes.push([c.attribute, String(value)]);
  }
  const { area, layout, locale } = chosen as unknown as ResolvedOptions;
  const href = options.fallbackHref ?? 'https://www.ljungby.se/';
  if (!/^https?:\/\//.test(href)) {
    throw new RangeError(
      `createSnippet: fallbackHref ${JSON.stringify(href)} must be an http(s) URL`,
    );
  }

  if (options.contentBase) attributes.push(['content-base', options.contentBase]);
  const reservation = check('reservation', reservationOf(options), reservations);
  if (reservation === 'inline') {
    attributes.push(['style', `display:block;min-height:${reservationFor(area, layout)}px`]);
  }
  const base = widgetBase(options);
  const file = reservationFile(area, layout);
  const src = `${base}/dist/embed.js`;
  const attrs = attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  const link = (rel: string, href: string, integrity?: string) => [
    `<link rel="${rel}"${integrity ? '' : ' as="fetch"'} href="${escapeAttribute(href)}"`,
    `      ${integrity ? `integrity="${integrity}" ` : ''}crossorigin="anonymous" referrerpolicy="no-referrer">`,
  ];
  const contentBase = trim(options.contentBase ?? contentBaseUrl);
  return [
    ...(reservation === 'stylesheet'
      ? link('stylesheet', `${base}/dist/reserve/${file}.css`, build.reserve[file])
      : []),
    // What the script fetches, asked for at once beside the script instead of after it: on a
    // slow connection the story shows one round trip sooner. (The script checks the CSS's SRI
    // hash when it takes the file over; a preload of this kind cannot.)
    ...(layout === 'story' ? ['card', 'story'] : ['card']).flatMap((name) =>
      link('preload', `${base}/dist/css/${name}.css`),
    ),
    ...dataFiles(area, layout, locale).flatMap((file) => link('preload', `${contentBase}/${file}`)),
    `<ljungby-story${attrs}>`,
    // The words fallbackText gives, read directly: area and locale are checked above.
    `  <a href="${escapeAttribute(href)}">${escapeAttribute(linkTexts[locale][area])}</a>`,
    `</ljungby-story>`,
    `<script src="${escapeAttribute(src)}"`,
    `        integrity="${build.integrity}" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>`,
  ].join('\n');
}
