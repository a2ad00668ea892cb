// The accessibility statement's words, per language, in the order DIGG prescribes: how
// accessible the site is, what is not, how to report a problem, supervision (DIGG's page for
// reporting), how the site was tested, exemptions, and the dates. What the tests check comes
// from checks.ts; the feedback route is the kit's proposal (DECISIONS.md, item 3).
import type { Locale } from '@ljungby/focus-content';

/** When a person last assessed the site against this statement, and last updated it. */
export const statementDates = { assessed: '2026-12-06', updated: '2026-12-06' } as const;

/** DIGG's page for reporting a public body's lack of accessibility. */
export const diggReportUrl = 'https://www.digg.se/tdosanmalan';

/** The kit's proposed feedback routes until the municipality names one (DECISIONS.md, item 3). */
export const feedbackUrls = {
  issues: 'https://github.com/ljungby-kommun/berattarkit/issues',
  municipality: 'https://www.ljungby.se/',
} as const;

export interface KnownGap {
  id: string;
  /** The WCAG 2.2 success criteria it falls short of, when one applies. */
  criteria: readonly string[];
  text: Record<Locale, string>;
}

/** What is not accessible, or not known to be: listed honestly, each on its own. */
export const knownGaps: readonly KnownGap[] = [
  {
    id: 'no-manual-review',
    criteria: [],
    text: {
      sv: 'Ingen människa har granskat webbplatsen med skärmläsare, förstoringsprogram eller röststyrning. Automatiska tester hittar bara en del av alla brister.',
      en: 'No person has reviewed the site with a screen reader, a magnifier or voice control. Automated tests find only some of all problems.',
    },
  },
  {
    id: 'storybook-interface',
    criteria: [],
    text: {
      sv: 'Delen för webbutvecklare (Storybook) har menyer, verktygsfält och tabeller som kommer från verktyget Storybook. Vi kontrollerar sidorna i den med axe, men inte verktygets eget gränssnitt.',
      en: 'The part for web developers (Storybook) has menus, toolbars and tables that come from the Storybook tool. We check its pages with axe, but not the tool’s own interface.',
    },
  },
  {
    id: 'images-of-text',
    criteria: ['1.4.5'],
    text: {
      sv: 'Bilderna för sociala medier har texten inritad i bilden, eftersom de är gjorda för att läggas upp. Samma text finns som bildbeskrivning (alt-text) bredvid varje bild, och i SVG-filerna går texten att ändra.',
      en: 'The images for social media have their text drawn into the image, as they are made to be posted. The same text is next to each image as an image description (alt text), and in the SVG files the text can be edited.',
    },
  },
  {
    id: 'pdf-not-validated',
    criteria: ['1.3.1'],
    text: {
      sv: 'Affischerna (PDF) kontrolleras mot standarden PDF/UA med kitets egna tester, men inte med ett valideringsprogram eller med en skärmläsare.',
      en: 'The posters (PDF) are checked against the PDF/UA standard by the kit’s own tests, but not with a validator or a screen reader.',
    },
  },
  {
    id: 'pptx-not-checked',
    criteria: [],
    text: {
      sv: 'PowerPoint-bilden är inte kontrollerad med PowerPoints egen kontroll av tillgänglighet.',
      en: 'The PowerPoint slide has not been checked with PowerPoint’s own accessibility checker.',
    },
  },
];

export const statementWords = {
  sv: {
    title: 'Tillgänglighetsredogörelse',
    heading: 'Tillgänglighet för Berättarkit',
    description:
      'Hur tillgänglig webbplatsen Berättarkit är, vilka brister vi känner till och hur du berättar om en brist.',
    intro:
      'Berättarkit är byggt för Ljungby kommun. Vi vill att alla ska kunna använda webbplatsen. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du berättar för oss om en brist.',
    proposal: 'Redogörelsen är kitets förslag. Kommunen har inte beslutat om den.',
    howAccessible: 'Hur tillgänglig är webbplatsen?',
    compliance:
      'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Bristerna står i listan nedan.',
    standard:
      'Lagen och föreskrifterna från Digg (MDFFS 2019:2) kräver att webbplatsen uppfyller standarden EN 301 549 V3.2.1, som bygger på WCAG 2.1 nivå AA. Kitet håller sig till WCAG 2.2 nivå AA.',
    gaps: 'Kända brister',
    cantUse: 'Om du inte kan använda en del av webbplatsen',
    cantUseText:
      'Behöver du en text, en bild eller en fil från webbplatsen i ett annat format? Hör av dig på något av sätten nedan, så hjälper vi dig.',
    report: 'Rapportera en brist',
    reportText:
      'Berätta för oss om du hittar en brist som inte står här, eller om något inte fungerar för dig.',
    reportIssues: 'Skriv ett ärende i kitets kodförråd på GitHub',
    reportMunicipality: 'Vill du inte använda GitHub? Använd kommunens vanliga kontaktvägar på',
    reportProposal:
      'Vart synpunkter ska gå är kitets förslag tills kommunen har bestämt det. Läs mer under',
    decisions: 'Beslut som kommunen behöver fatta',
    supervision: 'Tillsyn',
    supervisionText:
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi tar hand om dina synpunkter kan du anmäla det till Digg.',
    diggLink: 'Anmäl bristande tillgänglighet till Digg',
    method: 'Så har vi testat webbplatsen',
    methodText:
      'Vi har gjort en självskattning. Automatiska tester i webbläsaren Chromium kontrollerar webbplatsen vid varje ändring av kitet. Testerna visar det här:',
    exemptions: 'Undantag',
    exemptionsText:
      'Inget innehåll på webbplatsen är undantaget för att det inte omfattas av lagen, och vi gör inga undantag för att en anpassning skulle vara oskäligt betungande.',
    dates: 'Datum',
    assessed: 'Webbplatsen bedömdes senast den',
    updated: 'Redogörelsen uppdaterades senast den',
  },
  en: {
    title: 'Accessibility statement',
    heading: 'Accessibility of Berättarkit',
    description:
      'How accessible the Berättarkit site is, which problems we know of and how to tell us about one.',
    intro:
      'Berättarkit is built for Ljungby kommun. We want everyone to be able to use the site. Here we describe how the site meets the Swedish law on accessibility to digital public services, which problems we know of and how you tell us about a problem.',
    proposal: 'This statement is the kit’s proposal. The municipality has not decided on it.',
    howAccessible: 'How accessible is the site?',
    compliance:
      'The site is partially compliant with the law on accessibility to digital public services. The problems are listed below.',
    standard:
      'The law and the regulations of Digg (MDFFS 2019:2) require the site to meet the standard EN 301 549 V3.2.1, which builds on WCAG 2.1 level AA. The kit holds itself to WCAG 2.2 level AA.',
    gaps: 'Known problems',
    cantUse: 'If you cannot use a part of the site',
    cantUseText:
      'Do you need a text, an image or a file from the site in another format? Get in touch in one of the ways below, and we will help you.',
    report: 'Report a problem',
    reportText:
      'Tell us if you find a problem that is not listed here, or if something does not work for you.',
    reportIssues: 'Open an issue in the kit’s code repository on GitHub',
    reportMunicipality: 'Rather not use GitHub? Use the municipality’s usual contact routes at',
    reportProposal:
      'Where feedback goes is the kit’s proposal until the municipality decides. Read more under',
    decisions: 'Decisions the municipality needs to take',
    supervision: 'Supervision',
    supervisionText:
      'Digg, the Swedish agency for digital government, supervises the law on accessibility to digital public services. If you are not happy with how we handle your feedback, you can report it to Digg.',
    diggLink: 'Report a lack of accessibility to Digg (in Swedish)',
    method: 'How we tested the site',
    methodText:
      'We have made a self-assessment. Automated tests in the Chromium browser check the site at every change to the kit. The tests show this:',
    exemptions: 'Exemptions',
    exemptionsText:
      'No content on the site is exempted as outside the law, and we make no exemption on the grounds that an adaptation would be a disproportionate burden.',
    dates: 'Dates',
    assessed: 'The site was last assessed on',
    updated: 'This statement was last updated on',
  },
} as const satisfies Record<Locale, Record<string, string>>;
