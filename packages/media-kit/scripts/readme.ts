// The short "Läs mig först" / "Read me first" text in every ZIP: what you may do, how to
// credit, which size goes where, and the alt and post texts to copy. Its words about the
// licence come from the content (the collaboration text and the partner line).
import type { LocaleContent } from '@ljungby/focus-content';
import type { ManifestFile } from '../src/manifest.ts';
import type { Subject } from '../src/subject.ts';

const words = {
  sv: {
    title: 'Läs mig först',
    intro: (what: string) =>
      `Här finns bilder för sociala medier, en affisch och en presentationsbild om "${what}", på svenska. Allt är gjort från Ljungby kommuns berättarkit (Berättarkit). Du får gärna använda det när du berättar om Ljungby kommun.`,
    may: 'Det här får du göra',
    proposal:
      'Licensen CC BY 4.0 är kitets förslag tills kommunen, som äger rättigheterna, har beslutat.',
    license: 'Licens',
    partner: (line: string, names: string) =>
      `Skriv "${line}" bara om du är en av partnerna som kommunen har namngett: ${names}. Alla andra skriver krediteringen nedan.`,
    logo: 'Kommunens logotyp och kommunvapen finns inte med och får inte läggas till.',
    credit: 'Så här anger du källan',
    creditHow: (credit: string) =>
      `Skriv "${credit}" nära bilden eller i inlägget. Länka gärna till licensen. Om du har ändrat något, skriv det, till exempel "Beskuren".`,
    sizes: 'Vilken fil passar var',
    texts: 'Texter att kopiera',
    alt: 'Alt-text (beskrivning av bilden)',
    postShort: 'Förslag på inlägg, kort',
    postLong: 'Förslag på inlägg, längre',
    font: 'Typsnitt',
    fontText:
      'Texterna är satta med Atkinson Hyperlegible Next (SIL Open Font License 1.1, se LICENSE-FONT.txt). Om du vill ändra texten i PowerPoint-filen: installera typsnittet gratis från Google Fonts, annars byter programmet till ett annat typsnitt.',
  },
  en: {
    title: 'Read me first',
    intro: (what: string) =>
      `Here are images for social media, a poster and a presentation slide about "${what}", in English. Everything is made from Ljungby kommun's story kit (Berättarkit). You are welcome to use it when you tell others about Ljungby kommun.`,
    may: 'What you may do',
    proposal:
      "The CC BY 4.0 licence is the kit's proposal until the municipality, which holds the rights, has decided.",
    license: 'Licence',
    partner: (line: string, names: string) =>
      `Write "${line}" only if you are one of the partners the municipality has named: ${names}. Everyone else uses the credit below.`,
    logo: "The municipality's logo and coat of arms are not included and must not be added.",
    credit: 'How to credit',
    creditHow: (credit: string) =>
      `Write "${credit}" near the image or in the post. Link to the licence if you can. If you changed something, say so, for example "Cropped".`,
    sizes: 'Which file goes where',
    texts: 'Texts to copy',
    alt: 'Alt text (description of the image)',
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

export function readMeText(s: Subject, content: LocaleContent, files: ManifestFile[]): string {
  const w = words[s.locale];
  const partnerNames = content.partners.map((p) => p.name).join(', ');
  const heading = (t: string) => `${t}\n${'-'.repeat(t.length)}`;
  const first = files[0];
  const lines = [
    `${w.title}: ${s.eyebrow}`,
    '='.repeat(w.title.length + s.eyebrow.length + 2),
    '',
    w.intro(s.eyebrow),
    '',
    heading(w.may),
    content.collaboration.summary.medium,
    `${w.license}: ${content.license.name}, ${content.license.url}`,
    w.proposal,
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
      (f) => f.alt ?? '',
    ).flatMap(([names, alt]) => [names, `${w.alt}: ${alt}`, '']),
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
