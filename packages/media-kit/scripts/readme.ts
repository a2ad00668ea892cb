// The short "Läs mig först" / "Read me first" text in every ZIP: what you may do, how to
// credit, which size goes where, and the alt and post texts to copy. Its words about the
// licence come from the content (the collaboration text and the partner line) and the kit's
// status (proposed or decided).
import { getKitStatus, type KitStatusSaid, type LocaleContent } from '@ljungby/focus-content';
import type { ManifestFile } from '../src/manifest.ts';
import type { Subject } from '../src/subject.ts';

const words = {
  sv: {
    title: 'Läs mig först',
    intro: (what: string) =>
      `Här finns bilder för sociala medier, en affisch och en presentationsbild om ”${what}”, på svenska. Allt kommer från Berättarkit, Ljungby kommuns berättarkit.`,
    may: 'Det här får du göra',
    licenseText: 'Licensens text',
    partner: (line: string, names: string) =>
      `Skriv ”${line}” bara om du är en av partnerna som kommunen har namngett: ${names}. Alla andra skriver upphovsraden nedan.`,
    logo: 'Kommunens logotyp och kommunvapen finns inte med och får inte läggas till.',
    credit: 'Så här skriver du upphovsraden',
    creditHow: (credit: string) =>
      `Skriv ”${credit}” nära bilden eller i inlägget. Länka till licensen, eller skriv ut adressen. Om du har ändrat något, skriv det, till exempel ”Beskuren”.`,
    sizes: 'Vilken fil passar var',
    texts: 'Texter att kopiera',
    alt: 'Alt-text (kort beskrivning av bilden)',
    description: 'Längre beskrivning (till exempel i inlägget, för den som inte ser bilden)',
    postShort: 'Förslag på inlägg, kort',
    postLong: 'Förslag på inlägg, längre',
    font: 'Typsnitt',
    fontText:
      'Texterna är satta med Atkinson Hyperlegible Next (SIL Open Font License 1.1, se LICENSE-FONT.txt). Om du vill ändra texten i PowerPoint-filen: installera typsnittet gratis från Google Fonts, annars byter programmet till ett annat typsnitt.',
  },
  en: {
    title: 'Read me first',
    intro: (what: string) =>
      `Here are images for social media, a poster and a presentation slide about “${what}”, in English. Everything is made from Ljungby kommun's story kit (Berättarkit).`,
    may: 'What you may do',
    licenseText: "The licence's text",
    partner: (line: string, names: string) =>
      `Write “${line}” only if you are one of the partners the municipality has named: ${names}. Everyone else uses the credit line below.`,
    logo: "The municipality's logo and coat of arms are not included and must not be added.",
    credit: 'How to write the credit line',
    creditHow: (credit: string) =>
      `Write “${credit}” near the image or in the post. Link to the licence, or write out its address. If you changed something, say so, for example “Cropped”.`,
    sizes: 'Which file goes where',
    texts: 'Texts to copy',
    alt: 'Alt text (short description of the image)',
    description: "Longer description (for example in the post, for those who can't see the image)",
    postShort: 'Suggested post, short',
    postLong: 'Suggested post, longer',
    font: 'Typeface',
    fontText:
      'The texts are set in Atkinson Hyperlegible Next (SIL Open Font License 1.1, see LICENSE-FONT.txt). To edit the text of the PowerPoint file, install the typeface for free from Google Fonts; otherwise the program uses another typeface.',
  },
} as const;

/** Files that share a text (PNG and SVG of one size) listed on one line: `a.png, a.svg`. */
function grouped(files: ManifestFile[], key: (f: ManifestFile) => string): [string, string][] {
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const k = key(f);
    groups.set(k, [...(groups.get(k) ?? []), f.path.split('/').at(-1) ?? f.path]);
  }
  return [...groups].map(([k, names]) => [names.join(', '), k]);
}

export const readMeName = { sv: 'Läs mig först.txt', en: 'Read me first.txt' } as const;

/** The read-me of one subject's ZIP; `status` is the kit's (today's unless a test flips it). */
export function readMeText(
  s: Subject,
  content: LocaleContent,
  files: ManifestFile[],
  status: KitStatusSaid = getKitStatus(s.locale),
): string {
  const w = words[s.locale];
  const partnerNames = content.partners.map((p) => p.name).join(', ');
  const heading = (t: string) => `${t}\n${'-'.repeat(t.length)}`;
  const first = files[0];
  const lines = [
    `${w.title} – ${s.eyebrow}`,
    '='.repeat(w.title.length + s.eyebrow.length + 3),
    '',
    w.intro(s.eyebrow),
    '',
    heading(w.may),
    content.collaboration.summary.medium,
    status.say.licence,
    `${w.licenseText}: ${content.license.url}`,
    w.partner(content.collaboration.partnerLine, partnerNames),
    w.logo,
    '',
    heading(w.credit),
    w.creditHow(s.credit),
    '',
    heading(w.sizes),
    ...grouped(files, (f) => f.use).map(([names, use]) => `- ${names}: ${use}`),
    '',
    heading(w.texts),
    ...grouped(
      files.filter((f) => f.alt),
      // The description only when it says more than the alt text.
      (f) =>
        [
          `${w.alt}: ${f.alt ?? ''}`,
          f.description !== f.alt && `${w.description}: ${f.description}`,
        ]
          .filter(Boolean)
          .join('\r\n'),
    ).flatMap(([names, texts]) => [names, texts, '']),
    `${w.postShort}:`,
    first?.postTexts.short ?? '',
    '',
    `${w.postLong}:`,
    first?.postTexts.long ?? '',
    '',
    heading(w.font),
    w.fontText,
    '',
  ];
  // CRLF: the file is opened by people on Windows as often as anywhere else.
  return lines.join('\r\n');
}
