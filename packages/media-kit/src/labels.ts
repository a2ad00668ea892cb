// The media kit's own words (not content): short labels around the content's texts. One home
// for them; the content itself always comes from @ljungby/focus-content.
import type { Locale } from '@ljungby/focus-content';

/**
 * Small counts as a word that can open a label ("Fyra fokusområden"); from eleven on, digits.
 * The labels count the areas rather than naming a number, so a fifth area reads "Fem".
 */
const countWords: Record<Locale, readonly string[]> = {
  sv: ['Noll', 'Ett', 'Två', 'Tre', 'Fyra', 'Fem', 'Sex', 'Sju', 'Åtta', 'Nio', 'Tio'],
  en: ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'],
};
const counted = (count: number, locale: Locale) => countWords[locale][count] ?? String(count);

export const labels = {
  sv: {
    allAreas: (count: number) => `${counted(count, 'sv')} fokusområden`,
    focusArea: 'Fokusområde',
    source: 'Källa',
    sources: 'Källor',
    sourceOfArea: 'Källa för fokusområdet och partnerna',
    sourceOfAreas: 'Källa för fokusområdena och partnerna',
    sourceOfVision: 'Källa för visionen',
    readMore: 'Läs mer',
    /** Before a year that opens a sentence: "År 2018 förde Unesco in …". */
    year: 'År',
    years: 'Åren',
    qrCode: 'QR-kod till samma adress',
    illustrationsOf: (count: number) => `${counted(count, 'sv')} illustrationer`,
    illustrationsShort: (count: number) =>
      `${counted(count, 'sv')} illustrationer, en för varje fokusområde`,
    photo: 'Foto',
    logo: 'Logotyp',
    image: 'Bild',
    /** Before a time of day: "kl. 18.00". */
    at: 'kl.',
  },
  en: {
    allAreas: (count: number) => `${counted(count, 'en')} focus areas`,
    focusArea: 'Focus area',
    source: 'Source',
    sources: 'Sources',
    sourceOfArea: 'Source of the focus area and its partners',
    sourceOfAreas: 'Source of the focus areas and their partners',
    sourceOfVision: 'Source of the vision',
    readMore: 'Read more',
    year: 'In',
    years: 'In',
    qrCode: 'QR code for the same address',
    illustrationsOf: (count: number) => `${counted(count, 'en')} illustrations`,
    illustrationsShort: (count: number) =>
      `${counted(count, 'en')} illustrations, one for each focus area`,
    photo: 'Photo',
    logo: 'Logo',
    image: 'Image',
    /** Before a time of day: "at 18:00". */
    at: 'at',
  },
} as const satisfies Record<Locale, Record<string, string | ((count: number) => string)>>;
