// The builder's choices: what the form holds, how they travel in the page's address (so a
// reload, a language switch or a shared link keeps them; no storage), and how they become the
// options of createSnippet(). Pure, so the tests can walk every combination in Node.
import {
  areas,
  colorSchemes,
  layouts,
  locales,
  sectionHeadingLevels,
  type Area,
  type ColorScheme,
  type Layout,
  type Locale,
  type Reservation,
  type SectionHeadingLevel,
  type SnippetOptions,
} from '@ljungby/embed-widget';
import { currentStates, type KitStatus } from '@ljungby/focus-content';

/** The platforms with step-by-step guides, in the order the form offers them. */
export const platforms = ['wordpress', 'sitevision', 'wix', 'squarespace', 'html'] as const;
export type Platform = (typeof platforms)[number];

/**
 * The reservations the builder offers, as the answer to one plain question ("does your site
 * allow only its own stylesheets?"): no links the package's stylesheet, yes leaves the rules to
 * the site's own stylesheet. The 0.1 `inline` style attribute is not offered: a strict site
 * blocks it, and any other site is better served by the stylesheet.
 */
export const builderReservations = ['stylesheet', 'none'] as const satisfies readonly Reservation[];

export interface Choices {
  area: Area;
  layout: Layout;
  locale: Locale;
  colorScheme: ColorScheme;
  headingLevel: SectionHeadingLevel;
  /** Where the fallback link goes. */
  fallbackHref: string;
  platform: Platform;
  /** The answer to the strict-site question: `none` for yes. */
  reservation: (typeof builderReservations)[number];
  /** Self-hosting: the widget's folder; empty for the CDN. */
  scriptBase: string;
  /** Self-hosting: the texts' folder; empty for the CDN. */
  contentBase: string;
}

export const defaultFallbackHref = 'https://www.ljungby.se/';

/** The choices a fresh builder shows; the language follows the page's. */
export const defaultChoices = (pageLang: Locale): Choices => ({
  area: 'all',
  layout: 'card',
  locale: pageLang,
  colorScheme: 'light',
  headingLevel: 2,
  fallbackHref: defaultFallbackHref,
  platform: 'wordpress',
  reservation: 'stylesheet',
  scriptBase: '',
  contentBase: '',
});

/** The name of each choice in the form and in the address. */
export const fieldNames = {
  area: 'area',
  layout: 'layout',
  locale: 'lang',
  colorScheme: 'scheme',
  headingLevel: 'level',
  fallbackHref: 'link',
  platform: 'platform',
  reservation: 'reservation',
  scriptBase: 'script-base',
  contentBase: 'content-base',
} as const satisfies Record<keyof Choices, string>;

/** The values each closed choice may take. */
export const allowed = {
  area: areas,
  layout: layouts,
  locale: locales,
  colorScheme: colorSchemes,
  headingLevel: sectionHeadingLevels.map(String),
  platform: platforms,
  reservation: builderReservations,
} as const;

// The same rule as createSnippet()'s: any http(s) address; it escapes the rest itself.
const isHttpUrl = (value: string) => /^https?:\/\/\S+$/.test(value);

/** An http(s) address, or nothing: the check for the free-text fields. */
export function checkUrl(value: string): boolean {
  return value === '' || isHttpUrl(value);
}

/**
 * Reads choices from name/value pairs (the form's or the address's). Unknown values and
 * addresses that are not http(s) fall back to the defaults, so a hand-edited link never breaks
 * the page.
 */
export function readChoices(get: (name: string) => string | null, pageLang: Locale): Choices {
  const c = defaultChoices(pageLang);
  const pick = <K extends keyof typeof allowed>(key: K): string | undefined => {
    const v = get(fieldNames[key]);
    return v !== null && (allowed[key] as readonly string[]).includes(v) ? v : undefined;
  };
  const text = (key: 'fallbackHref' | 'scriptBase' | 'contentBase') => {
    const v = get(fieldNames[key])?.trim() ?? '';
    return v !== '' && isHttpUrl(v) ? v : undefined;
  };
  return {
    area: (pick('area') as Area | undefined) ?? c.area,
    layout: (pick('layout') as Layout | undefined) ?? c.layout,
    locale: (pick('locale') as Locale | undefined) ?? c.locale,
    colorScheme: (pick('colorScheme') as ColorScheme | undefined) ?? c.colorScheme,
    headingLevel: Number(pick('headingLevel') ?? c.headingLevel) as SectionHeadingLevel,
    fallbackHref: text('fallbackHref') ?? c.fallbackHref,
    platform: (pick('platform') as Platform | undefined) ?? c.platform,
    reservation: (pick('reservation') as Choices['reservation'] | undefined) ?? c.reservation,
    scriptBase: text('scriptBase') ?? '',
    contentBase: text('contentBase') ?? '',
  };
}

/** The address query for these choices: only what differs from the defaults. */
export function toQuery(choices: Choices, pageLang: Locale): string {
  const d = defaultChoices(pageLang);
  const params = new URLSearchParams();
  for (const key of Object.keys(fieldNames) as (keyof Choices)[]) {
    if (String(choices[key]) !== String(d[key])) params.set(fieldNames[key], String(choices[key]));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Where the code loads from when the developer's folders are left empty. */
export interface DefaultSource {
  scriptBase: string;
  contentBase: string;
}

/**
 * The site's own copy of the embed, while the packages are not on npm but the site is out
 * (the kit's status, content/status): a pasted snippet then works as soon as the site does.
 * Undefined otherwise (the npm packages through jsDelivr, or nothing that works yet).
 */
export function siteCopy(status: KitStatus): DefaultSource | undefined {
  if (currentStates(status).embed !== 'viaSite') return undefined;
  return {
    scriptBase: new URL('embed/widget', status.siteUrl).href,
    contentBase: new URL('embed/content', status.siteUrl).href,
  };
}

/**
 * The options for createSnippet(), snippetCost() and cspDirectives(): the developer's folders if
 * given, else `source` (the site's copy, see siteCopy), else jsDelivr (which mirrors npm).
 */
export function toSnippetOptions(choices: Choices, source?: DefaultSource): SnippetOptions {
  const options: SnippetOptions = {
    area: choices.area,
    layout: choices.layout,
    locale: choices.locale,
    colorScheme: choices.colorScheme,
    headingLevel: choices.headingLevel,
    fallbackHref: choices.fallbackHref,
    reservation: choices.reservation,
  };
  const scriptBase = choices.scriptBase || source?.scriptBase;
  const contentBase = choices.contentBase || source?.contentBase;
  if (scriptBase) options.scriptBase = scriptBase;
  if (contentBase) options.contentBase = contentBase;
  return options;
}
