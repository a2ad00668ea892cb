import type { Locale } from '@ljungby/focus-content';
import { areaCount } from '../../lib/words';
import type { Platform } from './state';

// The builder's words. The main path (everything outside the developers' section) is written
// for a communicator: no technical terms. The test for jargon reads the rendered page.
export const strings = {
  sv: {
    /** The page's heading; its short form `pageTitle` is the browser tab's and the menu's. */
    title: 'Bädda in berättelsen på din webbplats',
    pageTitle: 'Bädda in berättelsen',
    description:
      'Välj vad som ska visas, kopiera koden och klistra in den på din webbplats. Steg för steg för WordPress, Sitevision, Wix, Squarespace och vanlig HTML.',
    intro:
      'Gör dina val här under. Koden ändras direkt. Kopiera den och klistra in den där berättelsen ska stå på din webbplats.',
    formLabel: 'Dina val',
    area: 'Vad ska visas?',
    all: `Alla ${areaCount('sv')} fokusområdena`,
    layout: 'Hur mycket text?',
    card: 'Kort: en kort text och en länk',
    story: 'Hela berättelsen: text, budskap, fakta och partner',
    lang: 'Språk',
    scheme: 'Färger',
    light: 'Ljusa färger',
    dark: 'Mörka färger',
    auto: 'Som besökarens enhet (ljust eller mörkt)',
    level: 'Var står berättelsen på din sida?',
    levelHelp:
      'Det styr rubrikernas nivå, så att skärmläsare förstår sidans ordning. Är du osäker, välj det första.',
    levels: {
      2: 'Direkt under sidans huvudrubrik',
      3: 'Under en mellanrubrik',
      4: 'Under en mellanrubrik i en mellanrubrik',
      5: 'Tre rubriknivåer ner',
      6: 'Fyra rubriknivåer ner',
    },
    link: 'Länk om berättelsen inte kan visas',
    linkHelp:
      'Visas i stället för berättelsen om den inte kan laddas. Börja med https://, till exempel din egen sida om Ljungby kommun.',
    linkError:
      'Adressen måste börja med https:// eller http://. Koden använder https://www.ljungby.se/ tills den är rätt.',
    snippet: 'Koden för din inbäddning',
    snippetWhat: 'koden',
    cost: (kb: string) => `Besökarna hämtar ungefär ${kb} första gången sidan visas.`,
    costParts: (script: string, texts: string) => `Koden ${script}, texterna ${texts}.`,
    where: 'Var klistrar du in den?',
    platform: 'Din webbplats',
    platforms: {
      wordpress: 'WordPress',
      sitevision: 'Sitevision',
      wix: 'Wix',
      squarespace: 'Squarespace',
      html: 'Vanlig HTML eller annat',
    } satisfies Record<Platform, string>,
    preview: 'Så ser den ut',
    previewHelp:
      'Förhandsvisningen kör samma kod som din inbäddning, men hämtar den från den här webbplatsen.',
    phone: 'Som på en mobil ({width} pixlar bred)',
    column: 'Som i en textspalt ({width} pixlar bred)',
    privacy: 'Vad inbäddningen skickar, och vad den inte gör',
    material: 'Hellre texter och bilder att använda själv?',
    developer: 'För webbutvecklare: strikt säkerhetspolicy och egen drift',
    strict: 'Tillåter din webbplats bara egna stilmallar?',
    strictHelp: 'Fråga den som sköter webbplatsen. Vet du inte, svara nej.',
    // The words between backticks are shown as code.
    strictWhy:
      'Raden `<link>` håller plats åt inbäddningen, så att sidan inte hoppar. Vissa webbplatser tillåter bara egna stilmallar. Då lägger du reglerna i webbplatsens egen stilmall i stället.',
    yes: 'Ja',
    no: 'Nej',
    reservationCss: 'Reglerna för webbplatsens egen stilmall',
    reservationCssWhat: 'reglerna',
    csp: 'CSP-rader för den här koden',
    cspHelp:
      "Lägg till källorna i webbplatsens egna direktiv (behåll 'self'). Inga unsafe-inline eller unsafe-eval behövs.",
    cspWhat: 'CSP-raderna',
    selfHost: 'Egen drift i stället för jsDelivr',
    scriptBase: 'Mapp med @ljungby/embed-widget (den som innehåller dist/)',
    contentBase: 'Mapp med @ljungby/focus-content (den som innehåller dist/json/)',
    baseHelp: (source: string) => `Lämna tomt för ${source}. Adressen måste börja med https://.`,
    /** Where the code loads from when the folders are left empty (the kit's status decides). */
    sources: { cdn: 'jsDelivr', site: 'kitets webbplats' },
    baseError:
      'Adressen måste börja med https:// eller http://. Fältet används inte förrän den är rätt.',
    cspGuide: 'Mer om CSP',
    noScript: `Byggaren behöver JavaScript. Utan det kan du kopiera standardkoden ovan, som visar alla ${areaCount('sv')} fokusområdena på svenska.`,
  },
  en: {
    title: 'Embed the story on your website',
    pageTitle: 'Embed the story',
    description:
      'Choose what to show, copy the embed code and paste it into your website. Step by step for WordPress, Sitevision, Wix, Squarespace and plain HTML.',
    intro:
      'Make your choices below. The embed code changes at once. Copy it and paste it where the story should appear on your website.',
    formLabel: 'Your choices',
    area: 'What should it show?',
    all: `All ${areaCount('en')} focus areas`,
    layout: 'How much text?',
    card: 'Card: a short text and a link',
    story: 'The whole story: text, key messages, facts and partners',
    lang: 'Language',
    scheme: 'Colours',
    light: 'Light colours',
    dark: 'Dark colours',
    auto: "Like the visitor's device (light or dark)",
    level: 'Where does the story sit on your page?',
    levelHelp:
      'This sets the level of its headings, so that screen readers understand the order of your page. If unsure, choose the first.',
    levels: {
      2: "Right under the page's main heading",
      3: 'Under a subheading',
      4: 'Under a subheading inside a subheading',
      5: 'Three heading levels down',
      6: 'Four heading levels down',
    },
    link: 'Link if the story cannot be shown',
    linkHelp:
      'Shown instead of the story if it cannot load. Start with https://, for example your own page about Ljungby kommun.',
    linkError:
      'The address must start with https:// or http://. The embed code uses https://www.ljungby.se/ until it does.',
    snippet: 'Your embed code',
    snippetWhat: 'the embed code',
    cost: (kb: string) => `Visitors download about ${kb} the first time the page is shown.`,
    costParts: (script: string, texts: string) => `The code ${script}, the texts ${texts}.`,
    where: 'Where do you paste it?',
    platform: 'Your website',
    platforms: {
      wordpress: 'WordPress',
      sitevision: 'Sitevision',
      wix: 'Wix',
      squarespace: 'Squarespace',
      html: 'Plain HTML or other',
    } satisfies Record<Platform, string>,
    preview: 'What it looks like',
    previewHelp: 'The preview runs the same code as your embed, loaded from this website.',
    phone: 'As on a phone ({width} pixels wide)',
    column: 'As in a text column ({width} pixels wide)',
    privacy: 'What the embed sends, and what it does not',
    material: 'Rather have texts and images to use yourself?',
    developer: 'For web developers: strict security policy and self-hosting',
    strict: 'Does your site allow only its own stylesheets?',
    strictHelp: "Ask whoever runs the site. If you don't know, answer no.",
    // The words between backticks are shown as code.
    strictWhy:
      "The `<link>` line holds the embed's space so the page doesn't jump. Some sites allow only their own stylesheets; then you put the rules in the site's own stylesheet instead.",
    yes: 'Yes',
    no: 'No',
    reservationCss: "The rules for the site's own stylesheet",
    reservationCssWhat: 'the rules',
    csp: 'CSP lines for this embed code',
    cspHelp:
      "Add the sources to your site's own directives (keep 'self'). No unsafe-inline or unsafe-eval is needed.",
    cspWhat: 'the CSP lines',
    selfHost: 'Self-hosting instead of jsDelivr',
    scriptBase: 'Folder holding @ljungby/embed-widget (the one with dist/)',
    contentBase: 'Folder holding @ljungby/focus-content (the one with dist/json/)',
    baseHelp: (source: string) =>
      `Leave empty for ${source}. The address must start with https://.`,
    sources: { cdn: 'jsDelivr', site: "the kit's website" },
    baseError:
      'The address must start with https:// or http://. The field is not used until it does.',
    cspGuide: 'More about CSP',
    noScript: `The builder needs JavaScript. Without it you can copy the default embed code above, which shows all ${areaCount('en')} focus areas in English.`,
  },
} as const satisfies Record<Locale, unknown>;
