// The attribute contract of <ljungby-story>, shared by the element (which reads attributes)
// and createSnippet (which writes them), so that the two cannot disagree. The focus-area ids
// and the locales have one home, @ljungby/focus-content/ids; the colour schemes theirs,
// @ljungby/design-tokens.
import { focusAreaIds, locales, type FocusAreaId, type Locale } from '@ljungby/focus-content/ids';
import { colorSchemes, type ColorScheme } from '@ljungby/design-tokens';

export { colorSchemes, focusAreaIds, locales, type ColorScheme, type FocusAreaId, type Locale };
export type Area = FocusAreaId | 'all';
export const areas: readonly Area[] = [...focusAreaIds, 'all'];
export const layouts = ['card', 'story'] as const;
export type Layout = (typeof layouts)[number];
/** @deprecated Use `locales` (the one word for it in the kit). */
export const languages = locales;
/** @deprecated Use `Locale`. */
export type Language = Locale;
/**
 * The level of the widget's own headings on the partner's page: 2–6, since the page has its
 * own h1 (the components' `HeadingLevel` allows 1–6).
 */
export const sectionHeadingLevels = [2, 3, 4, 5, 6] as const;
export type SectionHeadingLevel = (typeof sectionHeadingLevels)[number];
/** @deprecated Use `sectionHeadingLevels`. */
export const headingLevels = sectionHeadingLevels;
/** @deprecated Use `SectionHeadingLevel`. */
export type HeadingLevel = SectionHeadingLevel;

/** What the element renders, once its attributes are read. */
export interface ResolvedOptions {
  area: Area;
  layout: Layout;
  /** From the `lang` attribute: the language of the story and of the fallback link. */
  locale: Locale;
  colorScheme: ColorScheme;
  headingLevel: SectionHeadingLevel;
}

/** One attribute that takes a value from a list. */
interface Choice<K extends keyof ResolvedOptions> {
  /** The option's name in `SnippetOptions` and `ResolvedOptions`. */
  option: K;
  attribute: string;
  values: readonly ResolvedOptions[K][];
  default: ResolvedOptions[K];
  /** Without the attribute, the nearest `lang` on the page decides before the default. */
  inherited?: true;
}
type AnyChoice = { [K in keyof ResolvedOptions]: Choice<K> }[keyof ResolvedOptions];

/**
 * The attributes that take a value from a list, in the order a snippet writes them. The element
 * reads them (attributes.ts), createSnippet checks and writes them (snippet.ts) and the editors'
 * manifests document them (build/manifest.ts): a new choice is one row here. (Which of them a
 * snippet writes even at their default is createSnippet's own list, in snippet.ts.)
 */
export const choices: readonly AnyChoice[] = [
  { option: 'area', attribute: 'area', values: areas, default: 'all' },
  { option: 'layout', attribute: 'layout', values: layouts, default: 'card' },
  {
    option: 'locale',
    attribute: 'lang',
    values: locales,
    default: 'sv',
    inherited: true,
  },
  { option: 'colorScheme', attribute: 'color-scheme', values: colorSchemes, default: 'light' },
  {
    option: 'headingLevel',
    attribute: 'heading-level',
    values: sectionHeadingLevels,
    default: 2,
  },
];

// Marked pure, both calls, so that embed.js (which reads only the table) drops this.
export const defaults = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ choices.map((c) => [c.option, c.default]),
) as unknown as ResolvedOptions;

/**
 * The fixed heights of the 0.1 snippet's inline reservation (`reservation: 'inline'`), measured
 * at a 1280 px page. The recommended snippet links dist/reserve/<area>-<layout>.css instead, which
 * follows the width (build/reservation.ts).
 */
export const reservedHeight: Record<Layout, Record<'one' | 'all', number>> = {
  card: { one: 540, all: 500 },
  story: { one: 2360, all: 9200 },
};

export const reservationFor = (area: Area, layout: Layout) =>
  reservedHeight[layout][area === 'all' ? 'all' : 'one'];
