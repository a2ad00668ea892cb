// custom-elements.json (the Custom Elements Manifest) and VS Code's HTML custom data, written
// from the same option lists the element reads, so that editors autocomplete exactly what works.
import { choices } from '../src/options.ts';

interface Attribute {
  name: string;
  sv: string;
  en: string;
  values: readonly (string | number)[] | null;
  default: string | number | null;
}

/** What each attribute is for, in the editors' two languages. */
const descriptions: Record<string, Pick<Attribute, 'sv' | 'en'>> = {
  area: {
    sv: 'Fokusområdet som visas, eller all för ett kort per fokusområde.',
    en: 'The focus area to show, or all for one card per focus area.',
  },
  layout: {
    sv: 'card: kortet. story: hela berättelsen med budskap, fakta och partner.',
    en: 'card: the teaser card. story: the long text with key messages, facts and partners.',
  },
  lang: {
    sv: 'Språket. Utan attribut: närmaste lang på sidan, annars sv.',
    en: 'The language. Without it: the nearest lang on the page, else sv.',
  },
  'color-scheme': {
    sv: 'Färgschema; auto följer besökarens inställning.',
    en: "Colour scheme; auto follows the visitor's setting.",
  },
  'heading-level': {
    sv: 'Rubriknivå 2–6, så att rubrikerna passar sidans struktur.',
    en: "Heading level 2–6, to fit the page's outline.",
  },
  'content-base': {
    sv: 'Adress till en egen kopia av @ljungby/focus-content (mappen som innehåller dist/).',
    en: 'URL of a self-hosted copy of @ljungby/focus-content (the folder holding dist/).',
  },
};

function describe(name: string): Pick<Attribute, 'sv' | 'en'> {
  const text = descriptions[name];
  if (!text) throw new Error(`build/manifest.ts: the attribute "${name}" has no description`);
  return text;
}

// The choices from the element's own table (an inherited one has no fixed default), then the
// free-text attribute.
const attributes: Attribute[] = [
  ...choices.map((c) => ({
    name: c.attribute,
    ...describe(c.attribute),
    values: c.values,
    default: c.inherited ? null : c.default,
  })),
  { name: 'content-base', ...describe('content-base'), values: null, default: null },
];

const typeOf = (a: Attribute) =>
  a.values ? a.values.map((v) => JSON.stringify(String(v))).join(' | ') : 'string';

export function customElementsManifest(version: string) {
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: 'dist/embed.js',
        declarations: [
          {
            kind: 'class',
            name: 'LjungbyStory',
            tagName: 'ljungby-story',
            customElement: true,
            summary: `Ljungby kommun's focus-area story (@ljungby/embed-widget ${version}).`,
            description:
              'Renders a focus-area card, the grid of four or the long story in a shadow root. The link inside is the fallback shown when the script or the data cannot load.',
            attributes: attributes.map((a) => ({
              name: a.name,
              description: a.en,
              type: { text: typeOf(a) },
              ...(a.default === null ? {} : { default: JSON.stringify(String(a.default)) }),
            })),
            events: [
              {
                name: 'ljungby-story:ready',
                type: { text: 'CustomEvent' },
                description: 'The story has rendered; detail holds the options used.',
              },
              {
                name: 'ljungby-story:error',
                type: { text: 'CustomEvent' },
                description:
                  'The data could not load; the fallback link shows. detail.reason says why.',
              },
            ],
            slots: [
              {
                name: '',
                description:
                  'The fallback link, shown until the story renders and whenever it cannot.',
              },
            ],
          },
        ],
        exports: [
          {
            kind: 'custom-element-definition',
            name: 'ljungby-story',
            declaration: { name: 'LjungbyStory', module: 'dist/embed.js' },
          },
        ],
      },
    ],
  };
}

export function vscodeHtmlData() {
  return {
    version: 1.1,
    tags: [
      {
        name: 'ljungby-story',
        description: {
          kind: 'markdown',
          value:
            "Ljungby kommuns berättelse om ett fokusområde. Länken inuti visas om skriptet inte kan laddas.\n\nLjungby kommun's focus-area story. The link inside is the fallback.",
        },
        attributes: attributes.map((a) => ({
          name: a.name,
          description: `${a.sv}\n\n${a.en}${a.default === null ? '' : ` Default: ${String(a.default)}.`}`,
          ...(a.values ? { values: a.values.map((v) => ({ name: String(v) })) } : {}),
        })),
        references: [
          {
            name: '@ljungby/embed-widget',
            url: 'https://www.npmjs.com/package/@ljungby/embed-widget',
          },
        ],
      },
    ],
  };
}
