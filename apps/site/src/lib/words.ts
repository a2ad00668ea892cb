import { focusAreaIds, type Locale } from '@ljungby/focus-content/ids';

// Plain language writes small numbers as words ("fyra fokusområden").
const numberWords: Record<Locale, Record<number, string>> = {
  sv: { 2: 'två', 3: 'tre', 4: 'fyra', 5: 'fem', 6: 'sex' },
  en: { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six' },
};

/** A small count as a word (`fyra`, `four`); other numbers as digits. */
export const countWord = (count: number, locale: Locale): string =>
  numberWords[locale][count] ?? String(count);

/** How many focus areas there are, as a word: `fyra`, `four`. Read from the id list. */
export const areaCount = (locale: Locale): string => countWord(focusAreaIds.length, locale);

/** Each language's name in itself: the language switch, the builder's language choice. */
export const languageNames = { sv: 'Svenska', en: 'English' } as const satisfies Record<
  Locale,
  string
>;

/** Each language's code for Open Graph (`og:locale`). */
export const ogLocales = { sv: 'sv_SE', en: 'en_GB' } as const satisfies Record<Locale, string>;

/** The words of the site's frame (header, footer, navigation), per language. */
export const chrome = {
  sv: {
    kit: 'Berättarkit',
    tagline: 'Berätta om Ljungby kommuns fokusområden',
    skip: 'Hoppa till innehållet',
    nav: 'Huvudmeny',
    start: 'Start',
    embed: 'Bädda in',
    material: 'Texter och bilder',
    guidelines: 'Riktlinjer',
    designers: 'För formgivare',
    studio: 'Gör eget material',
    developers: 'För webbutvecklare',
    statement: 'Tillgänglighetsredogörelse',
    otherLanguageLabel: 'Read this page in English',
    scheme: 'Färger på sidan',
    schemeShort: 'Färger',
    schemeAuto: 'Som enheten',
    schemeLight: 'Ljust',
    schemeDark: 'Mörkt',
    footerLicence: 'Koden är öppen källkod (MIT).',
    copy: 'Kopiera',
    copied: 'Kopierat.',
    copyFailed: 'Kunde inte kopiera. Markera texten och kopiera den själv.',
  },
  en: {
    kit: 'Berättarkit',
    tagline: "Tell the story of Ljungby kommun's focus areas",
    skip: 'Skip to the content',
    nav: 'Main menu',
    start: 'Start',
    embed: 'Embed',
    material: 'Texts and images',
    guidelines: 'Guidelines',
    designers: 'For designers',
    studio: 'Make your own material',
    developers: 'For web developers',
    statement: 'Accessibility statement',
    otherLanguageLabel: 'Läs sidan på svenska',
    scheme: 'Page colours',
    schemeShort: 'Colours',
    schemeAuto: 'Like your device',
    schemeLight: 'Light',
    schemeDark: 'Dark',
    footerLicence: 'The code is open source (MIT).',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Bytes in words: "1,2 kB" in Swedish, "1.2 kB" in English (1 kB = 1000 bytes). */
export function formatBytes(bytes: number, locale: Locale): string {
  const kb = bytes / 1000;
  const text = kb < 10 ? kb.toFixed(1) : Math.round(kb).toString();
  return `${locale === 'sv' ? text.replace('.', ',') : text} kB`;
}
