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

/** Where to get the kit's typeface and its licence. */
export const brandFontWords = {
  sv: {
    download: 'Ladda ner Atkinson Hyperlegible Next från Google Fonts',
    licence: 'Licensen (SIL Open Font License 1.1, text)',
    free: 'Typsnittet är gratis, även för trycksaker och kommersiellt bruk.',
  },
  en: {
    download: 'Download Atkinson Hyperlegible Next from Google Fonts',
    licence: 'The licence (SIL Open Font License 1.1, text)',
    free: 'The typeface is free, also for print and commercial use.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The same roles in a few words, for what a Kopiera button copies ("tonad bakgrund, ljust"). */
export const roleNames: Record<Locale, Record<string, string>> = {
  sv: {
    default: 'accentfärg',
    hover: 'accentfärg under muspekaren',
    text: 'text i accentfärg',
    subtle: 'tonad bakgrund',
    border: 'linjer och detaljer',
    on: 'text på accentfärgen',
  },
  en: {
    default: 'accent',
    hover: 'accent under the pointer',
    text: 'accent-coloured text',
    subtle: 'tinted background',
    border: 'lines and details',
    on: 'text on the accent',
  },
};

/**
 * What each colour role is for, in Swedish. The English words are the tokens' own descriptions
 * (`$description` in design-tokens' themes), so only the translation lives here.
 */
export const semanticWordsSv: Record<string, string> = {
  'text.default': 'Brödtext och rubriker.',
  'text.subtle': 'Text som står tillbaka: källor, bildtexter, etiketter. Klarar ändå 4,5:1.',
  'surface.default': 'Bakgrunden på sidan och korten.',
  'surface.subtle': 'En bakgrund som sticker ut lite: banderoller, faktarutor, randiga rader.',
  'surface.raised': 'Kort och paneler som ligger ovanpå sidan.',
  'border.default':
    'Kanter runt kort och formulärfält, och skiljelinjer som betyder något. Klarar 3:1 mot ytorna.',
  'border.subtle': 'Skiljelinjer som bara är dekor.',
  'accent.default': 'Accentfärg: knappar, staplar, randen på ett kort. Byts per fokusområde.',
  'accent.hover': 'Accentfärgen under muspekaren.',
  'accent.text': 'Text och ikoner i accentfärg på vanliga och tonade ytor.',
  'accent.subtle': 'En tonad bakgrund i accentfärgen.',
  'accent.border': 'Linjer och detaljer i illustrationer, i accentfärg.',
  'accent.on': 'Text och ikoner på accentfärgen.',
  'link.default': 'Länkar i löptext.',
  'link.hover': 'Länkar under muspekaren.',
  'link.visited': 'Länkar du redan har besökt.',
  'focus.ring': 'Fokusringen för tangentbordet. Klarar 3:1 mot alla ytor och mot accentfärgen.',
};

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
        'Varje fokusområde har en egen accentfärg, i en ljus och en mörk version. Tryck på ”Kopiera” för att få färgkoden.',
    },
    grundfarger: {
      title: 'Alla grundfärger',
      intro:
        'Grundfärgerna går från ljust (50) till mörkt (950). Ljusa steg passar som bakgrund, mörka steg för text och knappar på ljus bakgrund.',
    },
    roller: {
      title: 'Färger med roller, ljust och mörkt',
      intro:
        'Komponenterna använder de här namnen, aldrig grundfärgerna direkt. Bredvid varje namn står vad färgen används till.',
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
        'Each focus area has its own accent colour, in a light and a dark version. Press “Copy” to get the colour code.',
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

/** The page's own words around the sections: description, introduction, table headers, steps. */
export const designerWords = {
  sv: {
    description:
      'Kitets färger att kopiera, typsnitten, illustrationerna som filer och vägen in i Figma steg för steg.',
    /** Followed by the graphic profile's status (content/status). */
    lead: 'Här finns kitets färger, typsnitt och illustrationer, och vägen in i Figma.',
    onThisPage: 'På den här sidan',
    usedFor: 'Används till',
    name: 'Namn',
    light: 'Ljust',
    dark: 'Mörkt',
    /** Added to a colour's name in its Kopiera button: "vatten default ljust". */
    lightSwatch: 'ljust',
    darkSwatch: 'mörkt',
    /** One sentence for partners who use their own fonts. */
    printFont:
      'Har din organisation ett eget typsnitt? Använd det i dina egna texter och rubriker bredvid materialet; kitets bilder, affischer och bildspel behåller Atkinson Hyperlegible Next, och inbäddningen tar besökarens systemtypsnitt så att den smälter in på din sida.',
    /** The link to the co-branding rules, before the page's sections. */
    rules: 'Innan du gör eget material i kitets stil:',
    rulesLogo: 'Din logotyp bredvid materialet',
    rulesAnd: 'och',
    rulesPartner: 'Partnerraden',
    downloadFile: 'Ladda ner filen:',
    /** The steps after the download, in order. */
    figmaSteps: [
      'Öppna din Figma-fil och starta tillägget Tokens Studio for Figma (installera det från Figma Community om du inte har det).',
      'Välj formatet W3C DTCG i tilläggets inställningar (”Settings” → ”Token Format”).',
      'Läs in filen: ”Tools” → ”Load from file/folder or preset” → ”File”, och välj berattarkit-tokens.json.',
      'Filen har en grupp (set) per källfil: grundfärgerna, avstånd och former, de ljusa och de mörka färgerna, och fokusområdenas färger. Temana ”Light” och ”Dark” finns redan.',
      'Skapa Figma-variabler och stilar: ”Styles & Variables” → ”Export styles & variables”, och välj temana ”Light” och ”Dark”.',
      'Byt ett fokusområdes färger genom att välja dess grupp; namnen är desamma som i koden.',
    ],
    sets: (sets: string) =>
      `Grupperna i filen: ${sets}. Samma filer finns i paketet @ljungby/design-tokens, i mappen tokens/.`,
  },
  en: {
    description:
      "The kit's colours to copy, the typefaces, the illustrations as files and the way into Figma step by step.",
    lead: "Here are the kit's colours, typefaces and illustrations, and the way into Figma.",
    onThisPage: 'On this page',
    usedFor: 'Used for',
    name: 'Name',
    light: 'Light',
    dark: 'Dark',
    lightSwatch: 'light',
    darkSwatch: 'dark',
    printFont:
      "Does your organisation have its own typeface? Use it for your own texts and headings beside the material; the kit's images, posters and slides keep Atkinson Hyperlegible Next, and the embed takes the visitor's system font so that it blends into your page.",
    rules: "Before you make your own material in the kit's look:",
    rulesLogo: 'Your logo beside the material',
    rulesAnd: 'and',
    rulesPartner: 'The partner line',
    downloadFile: 'Download the file:',
    figmaSteps: [
      'Open your Figma file and start the Tokens Studio for Figma plugin (install it from Figma Community if you do not have it).',
      "Choose the W3C DTCG format in the plugin's settings (“Settings” → “Token Format”).",
      'Load the file: “Tools” → “Load from file/folder or preset” → “File”, and choose berattarkit-tokens.json.',
      "The file has one set per source file: the base colours, spacing and shapes, the light and the dark colours, and the focus areas' colours. The “Light” and “Dark” themes are already there.",
      'Create Figma variables and styles: “Styles & Variables” → “Export styles & variables”, and choose the “Light” and “Dark” themes.',
      "Switch to a focus area's colours by choosing its set; the names are the same as in the code.",
    ],
    sets: (sets: string) =>
      `The sets in the file: ${sets}. The same files are in the @ljungby/design-tokens package, in its tokens/ folder.`,
  },
} as const satisfies Record<Locale, Record<string, unknown>>;
