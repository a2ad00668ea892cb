import { getFocusArea } from '@ljungby/focus-content';
import {
  areas,
  colorSchemes,
  defaults,
  headingLevels,
  languages,
  layouts,
  reservationFor,
  type Area,
  type ColorScheme,
  type HeadingLevel,
  type Language,
  type Layout,
} from './options';
import { build } from './build-info';

export interface SnippetOptions {
  /** A focus-area id, or `all` for the grid of four. @default 'all' */
  area?: Area;
  /** `card` (the teaser) or `story` (the long text with key messages, facts and partners). @default 'card' */
  layout?: Layout;
  /** Language of the story and the fallback link. @default 'sv' */
  lang?: Language;
  /** Colour scheme; `auto` follows the visitor's system. @default 'light' */
  colorScheme?: ColorScheme;
  /** The level of the widget's headings, to fit the page's outline (2–6). @default 2 */
  headingLevel?: HeadingLevel;
  /** Where the fallback link goes when the widget cannot load. @default 'https://www.ljungby.se/' */
  fallbackHref?: string;
  /** Base URL of a self-hosted copy of the widget's package (the folder holding `dist/`). @default the npm CDN, exact version */
  scriptBase?: string;
  /** Base URL of a self-hosted copy of `@ljungby/focus-content` (the folder holding `dist/json/`). @default the npm CDN, version range */
  contentBase?: string;
  /**
   * Put the size reservation in a `style` attribute. Turn off for sites whose Content Security
   * Policy forbids inline styles, and add `reservationCss(options)` to your own stylesheet.
   * @default true
   */
  inlineReservation?: boolean;
}

const cdn = 'https://cdn.jsdelivr.net/npm';
/** The exact-version URL of the widget's script on the npm CDN. */
export const scriptUrl = `${cdn}/@ljungby/embed-widget@${build.version}/dist/embed.js`;
/** The CDN folder of the content package, by version range so that text fixes reach every embed. */
export const contentBaseUrl = `${cdn}/@ljungby/focus-content@${build.contentRange}`;
/** The SRI hash of `dist/embed.js`, computed from the file at build. */
export const integrity = build.integrity;

function check<T>(name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new RangeError(
      `createSnippet: ${name} ${JSON.stringify(value)} is not supported; use one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`,
    );
  }
  return value;
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The text of the fallback link, in the snippet's language. */
export function fallbackText(area: Area, lang: Language): string {
  if (area === 'all')
    return lang === 'sv' ? 'Ljungby kommuns fokusområden' : "Ljungby kommun's focus areas";
  const name = getFocusArea(area, lang).name;
  return lang === 'sv'
    ? `Ljungby kommuns fokusområde: ${name.toLowerCase()}`
    : `Ljungby kommun's focus area: ${name.toLowerCase()}`;
}

/** The CSS rule that reserves the widget's space, for sites that cannot use inline styles. */
export function reservationCss(options: Pick<SnippetOptions, 'area' | 'layout'> = {}): string {
  const area = options.area ?? defaults.area;
  const layout = options.layout ?? defaults.layout;
  const selector = `ljungby-story[area="${area}"]${layout === 'story' ? '[layout="story"]' : ''}`;
  return `${selector} { display: block; min-height: ${reservationFor(area, layout)}px; }`;
}

/**
 * The recommended snippet for a partner's page: the element with its fallback link and size
 * reservation, and the script pinned to this exact version with its SRI hash.
 *
 * @example
 * createSnippet({ area: 'vatten', lang: 'sv' });
 */
export function createSnippet(options: SnippetOptions = {}): string {
  const area = check('area', options.area ?? defaults.area, areas);
  const layout = check('layout', options.layout ?? defaults.layout, layouts);
  const lang = check('lang', options.lang ?? defaults.lang, languages);
  const colorScheme = check(
    'colorScheme',
    options.colorScheme ?? defaults.colorScheme,
    colorSchemes,
  );
  const headingLevel = check(
    'headingLevel',
    options.headingLevel ?? defaults.headingLevel,
    headingLevels,
  );
  const href = options.fallbackHref ?? 'https://www.ljungby.se/';
  if (!/^https?:\/\//.test(href)) {
    throw new RangeError(
      `createSnippet: fallbackHref ${JSON.stringify(href)} must be an http(s) URL`,
    );
  }

  const attributes: [string, string][] = [['area', area]];
  if (layout !== defaults.layout) attributes.push(['layout', layout]);
  attributes.push(['lang', lang]);
  if (colorScheme !== defaults.colorScheme) attributes.push(['color-scheme', colorScheme]);
  if (headingLevel !== defaults.headingLevel)
    attributes.push(['heading-level', String(headingLevel)]);
  if (options.contentBase) attributes.push(['content-base', options.contentBase]);
  if (options.inlineReservation !== false) {
    attributes.push(['style', `display:block;min-height:${reservationFor(area, layout)}px`]);
  }
  const src = options.scriptBase
    ? `${options.scriptBase.replace(/\/$/, '')}/dist/embed.js`
    : scriptUrl;
  const attrs = attributes.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  return [
    `<ljungby-story${attrs}>`,
    `  <a href="${escapeAttribute(href)}">${escapeText(fallbackText(area, lang))}</a>`,
    `</ljungby-story>`,
    `<script src="${escapeAttribute(src)}"`,
    `        integrity="${build.integrity}" crossorigin="anonymous" referrerpolicy="no-referrer" defer></script>`,
  ].join('\n');
}
