import type { Locale } from '@ljungby/focus-content';
import type { PosterFormat } from './state';

// The template studio's words on the page, per language. Written for a communicator: plain
// words, no file-format jargon without saying what it is for. The messages the script shows
// as the reader types are in messages.ts.
export const studioWords = {
  sv: {
    title: 'Gör eget material',
    description:
      'Gör en affisch eller en bild för sociala medier om det du själv gör, i kitets färger och med dess illustrationer. Allt görs i din webbläsare.',
    intro:
      'Gör en affisch eller en bild för sociala medier om det du själv gör – en sagokväll, ett jobb att söka, en turnering vid sjön – i kitets färger och med dess illustrationer. Skriv dina texter, välj format och ladda ner.',
    privacy:
      'Allt görs i din webbläsare. Din logotyp och ditt foto skickas ingenstans, och de följer inte med i länken till mallen.',
    may: 'Får jag göra så här?',
    mayText:
      'Upphovsraden skrivs in åt dig och följer det du använder: illustrationen, kitets text eller båda. Ge inte sken av att kommunen står bakom ditt evenemang.',
    mayLink: 'Läs om partnerraden och egna logotyper',
    ready: 'Kitets färdiga bilder och affischer',
    noScript:
      'Den här sidan behöver JavaScript för att rita bilderna. Kitets färdiga bilder och affischer finns under ”Texter och bilder”.',
    formLabel: 'Din mall',
    format: 'Vad vill du göra?',
    posters: {
      'poster-a4': 'Affisch i A4',
      'poster-a3': 'Affisch i A3',
    } satisfies Record<PosterFormat, string>,
    look: 'Färger och illustration',
    neutral: 'Kitets egna färger, med alla illustrationerna',
    scheme: 'Ljust eller mörkt',
    light: 'Ljust',
    dark: 'Mörkt',
    schemePoster: 'Affischer är alltid ljusa, så att de blir bra när du skriver ut dem.',
    texts: 'Texter',
    partner: 'Är din organisation en av kommunens partner?',
    partnerHelp: (line: string) =>
      `Raden ”${line}” finns bara för de partner som kommunen har valt.`,
    notPartner: 'Nej, vi är inte en av dem',
    organisation: 'Organisationens namn',
    organisationHelp: 'Står överst, ovanför rubriken.',
    headline: 'Rubrik',
    headlineHelp: 'Det viktigaste, med få ord.',
    headlinePlaceholder: 'Din rubrik',
    body: 'Kort text',
    bodyHelp: 'Ett par meningar om vad som händer.',
    kitText: 'Hämta kitets text',
    kitTextHelp:
      'Fyller i rubriken och den korta texten med kitets text om det du valt under ”Färger och illustration”. Du kan ändra den.',
    when: 'När och var',
    whenHelp: 'Om det är ett evenemang. Lämna tomt annars.',
    date: 'Datum',
    time: 'Tid',
    place: 'Plats',
    link: 'Länk för mer information',
    linkHelp:
      'Till exempel din egen sida. Börja med https://. På affischer blir den också en QR-kod.',
    pictures: 'Logotyp och foto',
    logo: 'Organisationens logotyp (SVG eller PNG)',
    logoHelp:
      'Hamnar i nedre hörnet, med luft runt sig. Kommunens logotyp och kommunvapen får inte användas.',
    photo: 'Eget foto i stället för illustrationen (JPG eller PNG)',
    photoHelp: 'Fotot beskärs så att det fyller rutan.',
    remove: 'Ta bort',
    focus: 'Vilken del av fotot ska synas?',
    focusHelp: 'Tryck på fotot där det viktigaste finns, eller dra reglagen.',
    focusX: 'Från vänster till höger',
    focusY: 'Uppifrån och ner',
    photoPlace: 'Var ska fotot vara?',
    photoPlaces: {
      frame: 'I ramen, i stället för illustrationen',
      background: 'Bakom texten, över hela bilden (inte på affischer)',
    },
    photoPlaceHelp:
      'Bakom texten får texten en ruta som är så täckande som behövs för att den ska gå att läsa.',
    photoCredit: 'Fotograf',
    photoCreditHelp: 'Skrivs som ”Foto: …” längst ner.',
    photoAlt: 'Vad visar fotot?',
    photoAltHelp: 'Kommer med i bildbeskrivningen, för den som inte ser bilden.',
    preview: 'Förhandsvisning',
    loading: 'Ritverktyget laddas …',
    download: 'Ladda ner',
    png: 'PNG, för att lägga upp',
    svg: 'SVG, för att ändra i ett ritprogram',
    pdf: 'PDF, för att skriva ut',
    bleed: 'För tryckeri: 3 mm utfall och skärmärken',
    alt: 'Bildbeskrivning (alt-text)',
    altHelp: 'Klistra in den där du lägger upp bilden eller affischen, för den som inte ser den.',
    altWhat: 'bildbeskrivningen',
    post: 'Förslag på inlägg',
    postWhat: 'förslaget på inlägg',
    share: 'Länk till samma mall',
    shareHelp:
      'Skicka länken till exempel till dina medlemmar, så får de samma texter och val. Logotypen och fotot följer inte med.',
    shareWhat: 'länken till mallen',
  },
  en: {
    title: 'Make your own material',
    description:
      "Make a poster or a social media image about what you do yourself, in the kit's colours and with its illustrations. Everything happens in your browser.",
    intro:
      "Make a poster or a social media image about what you do yourself – a storytelling evening, a job opening, a tournament by the lake – in the kit's colours and with its illustrations. Write your texts, choose a format and download.",
    privacy:
      'Everything happens in your browser. Your logo and your photo are sent nowhere, and they are not part of the link to the template.',
    may: 'May I do this?',
    mayText:
      "The credit line is written for you and follows what you use: the illustration, the kit's text or both. Do not suggest that the municipality stands behind your event.",
    mayLink: 'Read about the partner line and your own logo',
    ready: "The kit's ready images and posters",
    noScript:
      "This page needs JavaScript to draw the images. The kit's ready images and posters are under “Texts and images”.",
    formLabel: 'Your template',
    format: 'What do you want to make?',
    posters: {
      'poster-a4': 'A4 poster',
      'poster-a3': 'A3 poster',
    } satisfies Record<PosterFormat, string>,
    look: 'Colours and illustration',
    neutral: "The kit's own colours, with all the illustrations",
    scheme: 'Light or dark',
    light: 'Light',
    dark: 'Dark',
    schemePoster: 'Posters are always light, so that they print well.',
    texts: 'Texts',
    partner: "Is your organisation one of the municipality's partners?",
    partnerHelp: (line: string) =>
      `The line “${line}” is only for the partners the municipality chose.`,
    notPartner: 'No, we are not one of them',
    organisation: "Your organisation's name",
    organisationHelp: 'Shown at the top, above the headline.',
    headline: 'Headline',
    headlineHelp: 'The most important thing, in few words.',
    headlinePlaceholder: 'Your headline',
    body: 'Short text',
    bodyHelp: 'A sentence or two about what is happening.',
    kitText: "Use the kit's text",
    kitTextHelp:
      "Fills in the headline and the short text with the kit's text about what you chose under “Colours and illustration”. You can change it.",
    when: 'When and where',
    whenHelp: 'If it is an event. Leave empty otherwise.',
    date: 'Date',
    time: 'Time',
    place: 'Place',
    link: 'Link for more information',
    linkHelp:
      'For example your own page. Start with https://. On posters it also becomes a QR code.',
    pictures: 'Logo and photo',
    logo: "Your organisation's logo (SVG or PNG)",
    logoHelp:
      "Placed in the bottom corner, with space around it. The municipality's logo and coat of arms may not be used.",
    photo: 'Your own photo instead of the illustration (JPG or PNG)',
    photoHelp: 'The photo is cropped to fill the frame.',
    remove: 'Remove',
    focus: 'Which part of the photo should show?',
    focusHelp: 'Tap the photo where the most important part is, or move the sliders.',
    focusX: 'From left to right',
    focusY: 'From top to bottom',
    photoPlace: 'Where should the photo go?',
    photoPlaces: {
      frame: 'In the frame, instead of the illustration',
      background: 'Behind the text, across the whole image (not on posters)',
    },
    photoPlaceHelp:
      'Behind the text, the text gets a panel as opaque as it needs to stay easy to read.',
    photoCredit: 'Photographer',
    photoCreditHelp: 'Written as “Photo: …” at the bottom.',
    photoAlt: 'What does the photo show?',
    photoAltHelp: 'Goes into the image description, for people who cannot see the image.',
    preview: 'Preview',
    loading: 'Loading the drawing tool …',
    download: 'Download',
    png: 'PNG, for posting',
    svg: 'SVG, for editing in a drawing program',
    pdf: 'PDF, for printing',
    bleed: 'For a print shop: 3 mm bleed and crop marks',
    alt: 'Image description (alt text)',
    altHelp: 'Paste it where you post the image or the poster, for people who cannot see it.',
    altWhat: 'the image description',
    post: 'Suggested post',
    postWhat: 'the suggested post',
    share: 'Link to the same template',
    shareHelp:
      'Send the link to your members, for example, and they get the same texts and choices. The logo and the photo are not included.',
    shareWhat: 'the link to the template',
  },
} as const;

export type StudioWords = (typeof studioWords)[Locale];
