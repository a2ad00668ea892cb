// The words of the page for designers (För formgivare), per language.
import type { Locale } from '@ljungby/focus-content';

/** What each accent step of a focus area is used for. */
export const roleWords: Record<Locale, Record<string, string>> = {
  sv: {
    default: 'Accentfärg: knappar, staplar, kortets rand',
    hover: 'Accentfärg under muspekaren',
    text: 'Text i accentfärg',
    subtle: 'Tonad bakgrund',
    border: 'Linjer och detaljer i illustrationer',
    on: 'Text på accentfärgen',
  },
  en: {
    default: "Accent: buttons, chart bars, the card's stripe",
    hover: 'Accent under the pointer',
    text: 'Accent-coloured text',
    subtle: 'Tinted background',
    border: 'Lines and details in illustrations',
    on: 'Text on the accent',
  },
};

/** Where to get the kit's typeface, its licence, and the one sentence for partners' own fonts. */
export const brandFontWords = {
  sv: {
    download: 'Ladda ner Atkinson Hyperlegible Next från Google Fonts',
    licence: 'Licensen (SIL Open Font License 1.1, text)',
    free: 'Typsnittet är gratis, även för trycksaker och kommersiellt bruk.',
    ownFonts:
      'Har din organisation ett eget typsnitt? Använd det i dina egna texter och rubriker bredvid materialet; kitets bilder, affischer och bildspel behåller Atkinson Hyperlegible Next, och inbäddningen tar besökarens systemtypsnitt så att den smälter in på din sida.',
  },
  en: {
    download: 'Download Atkinson Hyperlegible Next from Google Fonts',
    licence: 'The licence (SIL Open Font License 1.1, text)',
    free: 'The typeface is free, also for print and commercial use.',
    ownFonts:
      "Does your organisation have its own typeface? Use it for your own texts and headings beside the material; the kit's images, posters and slides keep Atkinson Hyperlegible Next, and the embed takes the visitor's system font so that it blends into your page.",
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Each font stack's name and a sample line that shows å, ä and ö. */
export const fontWords: Record<Locale, Record<string, { title: string; sample: string }>> = {
  sv: {
    brand: {
      title: 'Kitets typsnitt i bilder och tryck',
      sample: 'Tillsammans formar vi framtiden – 35 000 invånare år 2035',
    },
    body: { title: 'Brödtext', sample: 'Här lever sagor och sägner vidare – å, ä och ö.' },
    heading: { title: 'Rubriker', sample: 'Tillsammans formar vi framtiden' },
  },
  en: {
    brand: {
      title: "The kit's typeface in images and print",
      sample: 'Together we shape the future – 35 000 inhabitants in 2035',
    },
    body: { title: 'Body text', sample: 'Here tales and legends live on – å, ä and ö.' },
    heading: { title: 'Headings', sample: 'Together we shape the future' },
  },
};

/** The page's sections, in order: the menu at the top and each section's heading and intro. */
export const sectionWords = {
  sv: {
    fokusomraden: {
      title: 'Färger per fokusområde',
      intro:
        'Varje fokusområde har en egen accentfärg, i en ljus och en mörk version. Tryck på Kopiera för att få färgkoden.',
    },
    grundfarger: {
      title: 'Alla grundfärger',
      intro:
        'Grundfärgerna går från ljust (50) till mörkt (950). Ljusa steg passar som bakgrund, mörka steg för text och knappar på ljus bakgrund.',
    },
    roller: {
      title: 'Färger med roller, ljust och mörkt',
      intro:
        'Komponenterna använder de här namnen, aldrig grundfärgerna direkt. Beskrivningarna kommer från färgfilerna och är på engelska.',
    },
    typsnitt: {
      title: 'Typsnitt',
      intro:
        'Kitet har ett typsnitt: Atkinson Hyperlegible Next, för rubriker och brödtext i allt som kitet gör som filer – bilder, affischer och bildspel. Det passar också i ditt eget tryck. På webbsidor använder kitet i stället typsnitt som redan finns i besökarens dator eller mobil: inget laddas ner, ingenting hoppar medan sidan laddas, och å, ä och ö ser alltid rätt ut. Listorna visar i vilken ordning typsnitten prövas.',
    },
    illustrationer: {
      title: 'Illustrationer som filer',
      intro:
        'Illustrationerna med vanliga färgkoder (ljust tema), så att de går att öppna i Figma, Illustrator, Affinity eller Inkscape. SVG kan skalas hur stort som helst; PNG är 1600 pixlar bred.',
    },
    figma: {
      title: 'Till Figma steg för steg',
      intro:
        'Färgerna, avstånden och typsnitten finns i en fil i standardformatet för designtokens (DTCG). Med det kostnadsfria tillägget Tokens Studio for Figma blir de färger och variabler i Figma.',
    },
  },
  en: {
    fokusomraden: {
      title: 'Colours per focus area',
      intro:
        'Each focus area has its own accent colour, in a light and a dark version. Press Copy to get the colour code.',
    },
    grundfarger: {
      title: 'All base colours',
      intro:
        'The base colours go from light (50) to dark (950). Light steps suit backgrounds, dark steps text and buttons on light backgrounds.',
    },
    roller: {
      title: 'Colours by role, light and dark',
      intro: 'The components use these names, never the base colours directly.',
    },
    typsnitt: {
      title: 'Typefaces',
      intro:
        "The kit has one typeface: Atkinson Hyperlegible Next, for headings and body text in everything the kit makes as files – images, posters and slides. It suits your own print material too. On web pages the kit instead uses typefaces already on the visitor's computer or phone: nothing is downloaded, nothing jumps while the page loads, and å, ä and ö always look right. The lists show the order in which the typefaces are tried.",
    },
    illustrationer: {
      title: 'Illustrations as files',
      intro:
        'The illustrations with plain colour codes (light theme), so that they open in Figma, Illustrator, Affinity or Inkscape. SVG scales to any size; PNG is 1600 pixels wide.',
    },
    figma: {
      title: 'Into Figma step by step',
      intro:
        'The colours, spacing and typefaces are in one file in the standard format for design tokens (DTCG). With the free Tokens Studio for Figma plugin they become colours and variables in Figma.',
    },
  },
} satisfies Record<Locale, Record<string, { title: string; intro: string }>>;
