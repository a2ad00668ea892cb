import type { Locale } from '@ljungby/focus-content';
import type { StudioFormat, TextField } from './state';

// What the studio's script says as the reader works, per language: each message names the
// field, what is wrong and what to do. Templates with {slots}, so that the page can hand the
// one language it needs to the script as JSON (the script itself carries no words). Field and
// format names are written as inside a sentence; `fill` capitalises a message's first letter.
export const studioMessages = {
  sv: {
    fields: {
      organisation: 'organisationens namn',
      headline: 'rubriken',
      body: 'den korta texten',
      place: 'platsen',
      link: 'länken',
      photoCredit: 'fotografens namn',
      photoAlt: 'beskrivningen av fotot',
      event: 'raden med datum, tid och plats',
    } satisfies Record<TextField | 'event', string>,
    /** The formats' names inside a sentence ("får inte plats i {format}"). */
    formats: {
      'poster-a4': 'affischen i A4',
      'poster-a3': 'affischen i A3',
      square: 'den kvadratiska bilden',
      portrait: 'den stående bilden',
      story: 'storyn',
      'link-preview': 'länkförhandsvisningen',
      slide: 'presentationsbilden',
    } satisfies Record<StudioFormat, string>,
    summary: 'Det här behöver du rätta',
    required: 'Skriv en rubrik.',
    tooLong: '{field} får ha högst {max} tecken. Nu har den {count}. Korta den med {cut} tecken.',
    cut: 'Texten får inte plats i {format}. Korta {options}.',
    cutOption: '{field} med minst {count} tecken',
    or: ' eller ',
    cutNone:
      'Texten får inte plats i {format}. Korta rubriken och den korta texten, eller välj ett större format.',
    word: 'Ordet ”{word}” är för långt för en rad. Dela det med ett mellanslag eller ett bindestreck.',
    glyph: 'Typsnittet kan inte visa tecknen {chars}. Ta bort {them} ur {field}.',
    it: 'det',
    them: 'dem',
    emoji: 'Emojier kan inte visas i bilden. Ta bort {chars} ur {field}.',
    rtl: 'Text som skrivs från höger till vänster, till exempel arabiska eller hebreiska, kan typsnittet inte visa. Skriv {field} med bokstäverna a till ö.',
    controls:
      '{field} innehåller osynliga tecken som styr skrivriktningen. Skriv in texten igen utan att klistra in den.',
    linkScheme: 'Länken måste börja med https:// eller http://, inte {scheme}.',
    linkInvalid: 'Det här ser inte ut som en webbadress. Skriv den som https://exempel.se/sida.',
    qrTooLong: 'Länken är för lång för en QR-kod. Använd en kortare adress.',
    notImage: 'Filen {file} är inte en bild. Välj en JPG- eller PNG-fil.',
    notLogo: 'Filen {file} är varken en SVG- eller en PNG-fil. Välj logotypen som SVG eller PNG.',
    tooBig: 'Filen {file} är {size}. Den får vara högst {max}. Välj en mindre bild.',
    unreadable:
      'Filen {file} gick inte att öppna som bild. Spara den som JPG eller PNG och försök igen.',
    svgUnsafe:
      'Logotypen {file} innehåller {what}. Det tas inte med, för säkerhets skull. Spara logotypen som PNG, eller som SVG utan det.',
    svgParts: {
      script: 'skript',
      handler: 'kod som körs vid klick eller laddning (till exempel onload)',
      external: 'länkar till andra filer eller webbplatser',
      html: 'inbäddad HTML',
    },
    svgNoSize:
      'Logotypen {file} saknar storlek. Spara den med en viewBox eller med bredd och höjd.',
    logoWide:
      'Logotypen är {ratio} gånger så bred som hög och blir för liten för att läsas. Använd en version som är högst {max} gånger så bred som hög.',
    photoSmall:
      'Fotot är litet ({width} × {height} pixlar) och kan bli suddigt i {format}. Använd ett större foto om du har ett.',
    added: 'Tillagd: {file}.',
    loadFailed: 'Ritverktyget gick inte att ladda. Ladda om sidan och försök igen.',
    stale: 'Förhandsvisningen visar den senaste versionen som gick att rita.',
    fixFirst: 'Rätta det som står under fälten först, så går filen att ladda ner.',
    saved: 'Filen {file} är klar ({size}). Den sparas där din webbläsare sparar nedladdningar.',
    notShown: 'Den korta texten visas inte i {format}. Välj ett annat format om den behövs.',
  },
  en: {
    fields: {
      organisation: "the organisation's name",
      headline: 'the headline',
      body: 'the short text',
      place: 'the place',
      link: 'the link',
      photoCredit: "the photographer's name",
      photoAlt: 'the description of the photo',
      event: 'the line with date, time and place',
    } satisfies Record<TextField | 'event', string>,
    formats: {
      'poster-a4': 'A4 poster',
      'poster-a3': 'A3 poster',
      square: 'square image',
      portrait: 'portrait image',
      story: 'story',
      'link-preview': 'link preview',
      slide: 'slide',
    } satisfies Record<StudioFormat, string>,
    summary: 'What you need to fix',
    required: 'Write a headline.',
    tooLong: '{field} may have at most {max} characters. It has {count} now. Cut {cut} characters.',
    cut: 'The text does not fit in the {format}. Cut {options}.',
    cutOption: '{field} by at least {count} characters',
    or: ' or ',
    cutNone:
      'The text does not fit in the {format}. Shorten the headline and the short text, or choose a larger format.',
    word: 'The word “{word}” is too long for one line. Split it with a space or a hyphen.',
    glyph: 'The typeface cannot show the characters {chars}. Remove {them} from {field}.',
    it: 'it',
    them: 'them',
    emoji: 'Emoji cannot be shown in the image. Remove {chars} from {field}.',
    rtl: 'The typeface cannot show text written from right to left. Write {field} with the letters a to z.',
    controls:
      '{field} holds invisible characters that control the writing direction. Type the text again instead of pasting it.',
    linkScheme: 'The link must start with https:// or http://, not {scheme}.',
    linkInvalid: 'This does not look like a web address. Write it as https://example.com/page.',
    qrTooLong: 'The link is too long for a QR code. Use a shorter address.',
    notImage: 'The file {file} is not an image. Choose a JPG or PNG file.',
    notLogo: 'The file {file} is neither an SVG nor a PNG file. Choose your logo as SVG or PNG.',
    tooBig: 'The file {file} is {size}. It may be at most {max}. Choose a smaller image.',
    unreadable:
      'The file {file} could not be opened as an image. Save it as JPG or PNG and try again.',
    svgUnsafe:
      'The logo {file} contains {what}. It is not used, to be safe. Save the logo as PNG, or as SVG without it.',
    svgParts: {
      script: 'scripts',
      handler: 'code that runs on a click or on loading (for example onload)',
      external: 'links to other files or websites',
      html: 'embedded HTML',
    },
    svgNoSize: 'The logo {file} has no size. Save it with a viewBox or with a width and height.',
    logoWide:
      'The logo is {ratio} times as wide as it is high and becomes too small to read. Use a version at most {max} times as wide as it is high.',
    photoSmall:
      'The photo is small ({width} × {height} pixels) and may look blurred in the {format}. Use a larger photo if you have one.',
    added: 'Added: {file}.',
    loadFailed: 'The drawing tool could not load. Reload the page and try again.',
    stale: 'The preview shows the last version that could be drawn.',
    fixFirst: 'Fix what it says under the fields first, then the file can be downloaded.',
    saved: 'The file {file} is ready ({size}). It is saved where your browser saves downloads.',
    notShown: 'The short text is not shown in the {format}. Choose another format if it is needed.',
  },
} as const satisfies Record<Locale, unknown>;

export type StudioMessages = (typeof studioMessages)[Locale];

/** Fills a template's {slots} and starts the message with a capital letter. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  const text = template.replace(/\{(\w+)\}/gu, (all, key: string) => String(values[key] ?? all));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
