// The words of the material pages (Texter och bilder): the index, one page per subject, and the
// lists of texts and files on them, per language.
import type { Locale } from '@ljungby/focus-content';

export const materialWords = {
  sv: {
    indexDescription:
      'Färdiga texter om Ljungby kommuns vision och fokusområden att kopiera, och bilder, affischer och presentationsbilder att ladda ner.',
    indexTitle: 'Texter och bilder att använda',
    /** Followed by the licence's status (content/status). */
    indexLead:
      'Välj ett ämne. Där finns texten i tre längder att kopiera, bilder för sociala medier, affischer och presentationsbilder att ladda ner, och förslag på inlägg.',
    allAreas: (count: string) => `Alla ${count} fokusområden`,
    allAreasCard: (count: string) =>
      `Bilder, affischer och presentationsbilder om alla ${count} områdena tillsammans.`,
    embedInstead: 'Bädda in berättelsen på din webbplats i stället',
    /** The template studio, with an area's look or (null) the kit's own. */
    studioAbout: (name: string | null) =>
      name ? `Gör eget material om ${name}` : 'Gör eget material i kitets färger',
    title: (name: string) => `${name}: texter och bilder`,
    descriptionWithTexts: (name: string) =>
      `Färdiga texter om ${name} i tre längder att kopiera, och bilder för sociala medier, affischer och presentationsbilder att ladda ner.`,
    descriptionImagesOnly: (name: string) =>
      `Om ${name}: bilder för sociala medier, affischer och presentationsbilder att ladda ner.`,
    leadWithTexts:
      'Kopiera texten i den längd du behöver, eller ladda ner en bild, en affisch eller en presentationsbild. Upphovsraden att skriva under det du använder står längst ner på sidan.',
    leadImagesOnly: (count: string) =>
      `Bilder, affischer och presentationsbilder om alla ${count} fokusområden tillsammans. Texterna om varje område finns på områdets egen sida. Upphovsraden står längst ner på sidan.`,
    illustration: 'Illustrationen',
    words: (count: number) => `${count} ord`,
    statement: { title: 'Visionen i en mening', what: 'visionen i en mening' },
    short: { title: 'Kort text', what: 'den korta texten' },
    medium: { title: 'Mellanlång text', what: 'den mellanlånga texten' },
    long: { title: 'Lång text', what: 'den långa texten' },
    postLabels: ['Kort inlägg', 'Längre inlägg'],
    texts: 'Texter',
    bundleMenu: 'Allt i en zip-fil',
    posts: 'Förslag på inlägg',
    onThisPage: 'På sidan',
    images: 'Bilder, affischer och presentationsbilder',
    imagesIntro:
      'Välj format efter var du ska använda bilden. PNG är till för att lägga upp, SVG för att ändra i ett ritprogram. Texten i SVG-filen ser likadan ut om du installerar typsnittet Atkinson Hyperlegible Next, som är gratis. Bara nollan skiljer sig: i det typsnittet har den ett snett streck. Till varje bild finns en bildbeskrivning (alt-text) att klistra in där du lägger upp bilden.',
    everything: 'Allt på en gång',
    download: 'Ladda ner',
    postsIntro: 'Texter att skriva när du lägger upp bilderna, med länk och upphovsrad.',
    postWhat: (label: string) => `förslaget ${label}`,
    illustrationAlone: 'Illustrationen för sig',
    illustrationIntro:
      'PNG passar för webben, sociala medier och Word. SVG kan göras hur stor som helst utan att bli suddig och passar för tryck och formgivning.',
    credit: 'Upphovsraden',
    creditIntro: 'Skriv den här raden under texten eller bilden när du använder den:',
    creditWhat: 'upphovsraden',
    altLabel: 'Bildbeskrivning (alt-text): ',
    altWhat: (title: string) => `bildbeskrivningen till ${title}`,
    descriptionLabel: 'Längre beskrivning, till exempel i inlägget: ',
    descriptionWhat: (title: string) => `den längre beskrivningen till ${title}`,
    copyPlain: 'Kopiera som vanlig text',
    copyMarkdown: 'Kopiera med rubriker och listor (Markdown)',
  },
  en: {
    indexDescription:
      "Ready-made texts about Ljungby kommun's vision and focus areas to copy, and images, posters and slides to download.",
    indexTitle: 'Texts and images to use',
    indexLead:
      'Choose a topic. Each has the text in three lengths to copy, images for social media, posters and slides to download, and suggested posts.',
    allAreas: (count: string) => `All ${count} focus areas`,
    allAreasCard: (count: string) =>
      `Images, posters and slides about all ${count} areas together.`,
    embedInstead: 'Embed the story on your website instead',
    studioAbout: (name: string | null) =>
      name ? `Make your own material about ${name}` : "Make your own material in the kit's colours",
    title: (name: string) => `${name}: texts and images`,
    descriptionWithTexts: (name: string) =>
      `Ready-made texts about ${name} in three lengths to copy, and images for social media, posters and slides to download.`,
    descriptionImagesOnly: (name: string) =>
      `About ${name}: images for social media, posters and slides to download.`,
    leadWithTexts:
      'Copy the text in the length you need, or download an image, a poster or a slide. The credit line to write under what you use is at the bottom of the page.',
    leadImagesOnly: (count: string) =>
      `Images, posters and slides about all ${count} focus areas together. The texts about each area are on its own page. The credit line is at the bottom of the page.`,
    illustration: 'The illustration',
    words: (count: number) => `${count} words`,
    statement: { title: 'The vision in one sentence', what: 'the vision in one sentence' },
    short: { title: 'Short text', what: 'the short text' },
    medium: { title: 'Medium text', what: 'the medium text' },
    long: { title: 'Long text', what: 'the long text' },
    postLabels: ['Short post', 'Longer post'],
    texts: 'Texts',
    bundleMenu: 'Everything in a ZIP file',
    posts: 'Suggested posts',
    onThisPage: 'On this page',
    images: 'Images, posters and slides',
    imagesIntro:
      'Choose the format by where you will use the image. PNG is for posting, SVG for editing in a drawing program. The text in the SVG file looks the same once you install the free typeface Atkinson Hyperlegible Next. Only the zero differs: in that typeface it has a slash. Each image comes with an image description (alt text) to paste where you post it.',
    everything: 'Everything at once',
    download: 'Download',
    postsIntro: 'Texts to write when you post the images, with a link and the credit.',
    postWhat: (label: string) => `the suggested ${label}`,
    illustrationAlone: 'The illustration on its own',
    illustrationIntro:
      'PNG suits the web, social media and Word. SVG can be made any size without blurring and suits print and design.',
    credit: 'The credit line',
    creditIntro: 'Write this line under the text or image when you use it:',
    creditWhat: 'the credit line',
    altLabel: 'Image description (alt text): ',
    altWhat: (title: string) => `the image description of ${title}`,
    descriptionLabel: 'Longer description, for example in the post: ',
    descriptionWhat: (title: string) => `the longer description of ${title}`,
    copyPlain: 'Copy as plain text',
    copyMarkdown: 'Copy with headings and lists (Markdown)',
  },
} as const satisfies Record<Locale, Record<string, unknown>>;
