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

/** Each font stack's name and a sample line that shows å, ä and ö. */
export const fontWords: Record<Locale, Record<string, { title: string; sample: string }>> = {
  sv: {
    body: { title: 'Brödtext', sample: 'Här lever sagor och sägner vidare – å, ä och ö.' },
    heading: { title: 'Rubriker', sample: 'Tillsammans formar vi framtiden' },
  },
  en: {
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
        'På webben använder kitet typsnitt som redan finns i besökarens dator eller mobil. Inget laddas ner, och å, ä och ö ser alltid rätt ut. Listan visar i vilken ordning de prövas.',
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
        "On the web the kit uses typefaces already on the visitor's computer or phone. Nothing is downloaded, and å, ä and ö always look right. The list shows the order in which they are tried.",
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

/** The page's own words around the sections: description, introduction, table headers, steps. */
export const designerWords = {
  sv: {
    description:
      'Kitets färger att kopiera, typsnitten, illustrationerna som filer och vägen in i Figma steg för steg.',
    lead: 'Här finns kitets färger, typsnitt och illustrationer, och vägen in i Figma. Ljungby kommun har ännu ingen offentlig grafisk profil: färgerna och typsnitten är kitets förslag, hämtade från platsen.',
    onThisPage: 'På den här sidan',
    usedFor: 'Används till',
    name: 'Namn',
    light: 'Ljust',
    dark: 'Mörkt',
    /** Added to a colour's name in its Kopiera button: "vatten default ljust". */
    lightSwatch: 'ljust',
    darkSwatch: 'mörkt',
    printFont:
      'I bilder, affischer och bildspel som kitet skapar används det öppna typsnittet Atkinson Hyperlegible Next (licens: SIL Open Font License). Det är gjort för att vara lätt att läsa och är fritt att använda, även i dina egna trycksaker.',
    downloadFile: 'Ladda ner filen:',
    /** The steps after the download, in order. */
    figmaSteps: [
      'Öppna din Figma-fil och starta tillägget Tokens Studio for Figma (installera det från Figma Community om du inte har det).',
      'Välj formatet W3C DTCG i tilläggets inställningar (Settings → Token Format).',
      'Läs in filen: Tools → Load from file/folder or preset → File, och välj berattarkit-tokens.json.',
      'Filen har en grupp (set) per källfil: grundfärgerna, avstånd och former, de ljusa och de mörka färgerna, och fokusområdenas färger. Temana Light och Dark finns redan.',
      'Skapa Figma-variabler och stilar: Styles & Variables → Export styles & variables, och välj temana Light och Dark.',
      'Byt ett fokusområdes färger genom att välja dess grupp; namnen är desamma som i koden.',
    ],
    sets: (sets: string) =>
      `Grupperna i filen: ${sets}. Samma filer finns i paketet @ljungby/design-tokens, i mappen tokens/.`,
  },
  en: {
    description:
      "The kit's colours to copy, the typefaces, the illustrations as files and the way into Figma step by step.",
    lead: "Here are the kit's colours, typefaces and illustrations, and the way into Figma. Ljungby kommun has no public graphic profile yet: the colours and typefaces are the kit's proposal, drawn from the place.",
    onThisPage: 'On this page',
    usedFor: 'Used for',
    name: 'Name',
    light: 'Light',
    dark: 'Dark',
    lightSwatch: 'light',
    darkSwatch: 'dark',
    printFont:
      'The images, posters and slides the kit generates use the open typeface Atkinson Hyperlegible Next (licence: SIL Open Font License). It is made to be easy to read and free to use, also in your own print material.',
    downloadFile: 'Download the file:',
    figmaSteps: [
      'Open your Figma file and start the Tokens Studio for Figma plugin (install it from Figma Community if you do not have it).',
      "Choose the W3C DTCG format in the plugin's settings (Settings → Token Format).",
      'Load the file: Tools → Load from file/folder or preset → File, and choose berattarkit-tokens.json.',
      "The file has one set per source file: the base colours, spacing and shapes, the light and the dark colours, and the focus areas' colours. The Light and Dark themes are already there.",
      'Create Figma variables and styles: Styles & Variables → Export styles & variables, and choose the Light and Dark themes.',
      "Switch to a focus area's colours by choosing its set; the names are the same as in the code.",
    ],
    sets: (sets: string) =>
      `The sets in the file: ${sets}. The same files are in the @ljungby/design-tokens package, in its tokens/ folder.`,
  },
} as const satisfies Record<Locale, Record<string, unknown>>;
