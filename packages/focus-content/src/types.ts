// The public shape of the content. These interfaces are what consumers see in the published
// .d.ts; src/schema.ts holds the zod schema that validates the data at build time, and a
// compile-time check there fails the typecheck if the two ever disagree. They are written out
// here (instead of `z.infer`) so that the published types do not depend on zod.

import type { FocusAreaId, Locale } from './ids.ts';

export type { FocusAreaId, Locale } from './ids.ts';

export type PartnerKind =
  'association' | 'company' | 'research' | 'education' | 'culture' | 'business-organisation';

/** Where a fact or a wording comes from. */
export interface Source {
  /** The publisher and the page, e.g. `Ljungby kommun: Befolkningsstatistik`. */
  title: string;
  /** An https URL to the page (or the publisher's site when no deeper page is confirmed). */
  url: string;
}

/** A checked fact: a short value with a label that completes it, and its source. */
export interface Fact {
  id: string;
  /** The figure as it should be shown, formatted for the locale, e.g. `28 305`. */
  value: string;
  /** A sentence or phrase that explains the value. */
  label: string;
  source: Source;
  /** ISO date (YYYY-MM-DD) when the fact was last checked against its source. */
  checked: string;
}

/** Inline content of the restricted rich-text tree. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

/**
 * A block of the restricted rich-text tree. It can be rendered with createElement /
 * createElementNS alone, so no HTML string is ever parsed (Trusted Types friendly).
 */
export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 3 | 4; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

/** Word limits: `wordLimits` (exported from the package root). */
export interface Summary {
  /** A card teaser, a few sentences. */
  short: string;
  /** A paragraph. */
  medium: string;
}

/** One shape of an illustration, for rendering with createElementNS or JSX. */
export interface IllustrationShape {
  tag: 'path' | 'circle' | 'rect' | 'ellipse' | 'polygon' | 'polyline' | 'line';
  /** Geometry and presentation attributes, e.g. `{ d: 'M0 0h10' }` or `{ fill: 'none' }`. */
  attrs: Record<string, string>;
  /**
   * CSS properties whose values use the kit's custom properties with a fallback, e.g.
   * `{ fill: 'var(--lk-color-accent-default,#006799)' }`. Set them with
   * `element.style.setProperty(name, value)` (CSP-safe) or React's `style` prop.
   */
  style: Record<string, string>;
}

/**
 * An illustration as flat shape data, the same drawing as the SVG file. Locale-independent, so
 * it ships in the JS API (`illustrations`, `getIllustration`) and not in each locale's JSON.
 */
export interface IllustrationData {
  viewBox: string;
  shapes: IllustrationShape[];
}

/** A focus area's illustration in one locale. */
export interface Illustration {
  /** Path of the SVG file inside the package, e.g. `illustrations/vatten.svg`. */
  src: string;
  /** Text alternative in this locale. */
  alt: string;
}

/** A photograph added by the municipality. None are published yet; the model is ready. */
export interface Photo {
  src: string;
  alt: string;
  /** Photographer credit as it must be shown. */
  credit: string;
  /** Licence name, e.g. `CC BY 4.0` or `Ljungby kommun, all rights reserved`. */
  license: string;
  /** ISO date after which the photo must no longer be used. */
  expires: string;
}

export interface CallToAction {
  label: string;
  url: string;
}

export interface Partner {
  id: string;
  /** The name as written in the municipality's announcement. */
  name: string;
  kind: PartnerKind;
  /** The kind in words, in this locale. */
  kindLabel: string;
  /** One line about the partner. */
  description: string;
  website: string | null;
  focusAreas: FocusAreaId[];
}

export interface OfficialWording {
  /** The municipality's own Swedish wording, character for character. */
  original: string;
  /** The wording in this locale: the same as `original` in Swedish, a translation in English. */
  text: string;
  source: Source;
}

export interface FocusArea {
  id: FocusAreaId;
  name: string;
  tagline: string;
  /**
   * The area as a topic in running text, e.g. `vattenfrågor` in "Läs mer om vattenfrågor"
   * (not always the name).
   */
  topic: string;
  official: OfficialWording;
  summary: Summary;
  /**
   * The long story as a block tree. `blocksToMarkdown` gives it back as
   * Markdown; the authored Markdown is also in the package's `content/` folder.
   */
  long: Block[];
  keyMessages: string[];
  facts: Fact[];
  partners: Partner[];
  callToAction: CallToAction | null;
  illustration: Illustration;
  photos: Photo[];
  /**
   * The design-token group of this area's accent in `@ljungby/design-tokens`, e.g.
   * `focus-area.vatten.accent`. In CSS, `data-focus-area="<id>"` on an element remaps
   * `--lk-color-accent-*` to it.
   */
  accentToken: string;
}

export interface PopulationPoint {
  year: number;
  value: number;
}

export interface Vision {
  title: string;
  /** The vision in words, e.g. `I Ljungby kommun formar vi framtiden tillsammans`. */
  statement: string;
  goal: { year: number; population: number; label: string };
  summary: Summary;
  long: Block[];
  population: {
    label: string;
    points: PopulationPoint[];
    source: Source;
    checked: string;
  };
  facts: Fact[];
  source: Source;
}

export interface Collaboration {
  title: string;
  /** The text-based partner badge, e.g. `I samarbete med Ljungby kommun`. */
  partnerLine: string;
  summary: Summary;
  long: Block[];
  source: Source;
}

export interface License {
  /** SPDX id of the licence of texts and illustrations. */
  spdx: 'CC-BY-4.0';
  name: string;
  url: string;
  /** The exact attribution: `Ljungby kommun`. */
  attribution: string;
  /** A ready credit line in this locale. */
  credit: string;
  /** The words before the credit, e.g. `Text och illustrationer:`. */
  creditPrefix: string;
  /** The note CC BY asks for when the material is changed, e.g. `Materialet är bearbetat.` */
  changedNote: string;
}

/**
 * The words of a plain link to the focus areas, in one locale: `all` for the four, and `area`
 * for one, with `{name}` where its name goes. Read them with `getLinkText`, which fills in the
 * name. Not part of `json/<locale>.json`: only code that writes links needs them.
 */
export interface LinkText {
  all: string;
  area: string;
}

/**
 * The words before the credit when only a part of the material is reused, in one locale: a
 * partner's own text beside the kit's `illustrations` (`Illustration:`), or the kit's `texts`
 * beside the partner's own picture (`Text:`). Read them with `getCreditLine(locale, reused)`.
 * Not part of `json/<locale>.json`: only code that writes credits needs them.
 */
export interface CreditPrefixes {
  illustrations: string;
  texts: string;
}

/** What of the kit's material a work reuses, for its credit line. */
export type Reused = 'all' | keyof CreditPrefixes;

/** Everything in one locale: the shape of `json/<locale>.json`. */
export interface LocaleContent {
  locale: Locale;
  version: string;
  license: License;
  vision: Vision;
  collaboration: Collaboration;
  focusAreas: FocusArea[];
  partners: Partner[];
}
