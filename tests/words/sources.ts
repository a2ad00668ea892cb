// Every file a partner reads, in one list: what the word check reads, how, in which language and
// for whom. A new words file (a page, a words table, a README) is checked once it is listed here;
// globs that match nothing are a fault, so a moved file cannot drop out unnoticed.

/**
 * Who reads the text. Communicators get the LIX limit for Swedish and the tone guide's rules for
 * partner pages (no jargon); developers get every other rule.
 */
export type Audience = 'communicators' | 'developers';

/**
 * Where each language is:
 * - `path`: the file is one language, named by a `sv`/`en` folder or file name; its twin swaps it;
 * - `sv-then-en`: Swedish, then English from the first heading that says "English";
 * - `keys`: words tables (TS, Astro, YAML) keyed by `sv` and `en`;
 * - `sv` or `en`: one language, with its twin in `twin` (a file of the other language).
 */
export type Language = 'path' | 'sv-then-en' | 'keys' | 'sv' | 'en';

/** How the words are read out of the file. */
export type Reader = 'markdown' | 'mdx' | 'yaml' | 'words';

export interface Source {
  /** Globs from the repository root. */
  files: readonly string[];
  reader: Reader;
  language: Language;
  audience: Audience;
  /** For `sv`/`en` files: the file with the same text in the other language. */
  twin?: string;
  /** YAML keys whose values are not prose (ids, addresses, dates, source titles). */
  skipKeys?: readonly string[];
  /**
   * Which claims to check: `names` alone where a text's numbers are its own values (facts'
   * labels go with the fact's value). @default 'all'
   */
  claims?: 'all' | 'names';
  /**
   * Whether LIX applies. The content build has its own, per field (the short and medium texts),
   * where the municipality's own wording and the partners' names would skew a file's LIX.
   * @default true for communicators
   */
  lix?: boolean;
}

export const sources: readonly Source[] = [
  // The story itself: the texts a partner's visitors read.
  {
    files: ['packages/focus-content/content/**/{sv,en}.md'],
    reader: 'markdown',
    language: 'path',
    audience: 'communicators',
    lix: false,
  },
  {
    files: ['packages/focus-content/content/{facts,partners}.yaml'],
    reader: 'yaml',
    language: 'keys',
    audience: 'communicators',
    skipKeys: ['value', 'source', 'website', 'status', 'checked', 'name', 'kind'],
    claims: 'names',
    lix: false,
  },
  {
    files: ['packages/focus-content/content/status/{sv,en}.yaml'],
    reader: 'yaml',
    language: 'path',
    audience: 'communicators',
  },
  // The partner site: guideline pages, and every module and view (their words tables are read;
  // a new page's or component's words are checked without a new entry here).
  {
    files: ['apps/site/src/content/guidelines/{sv,en}/*.md'],
    reader: 'markdown',
    language: 'path',
    audience: 'communicators',
  },
  {
    files: ['apps/site/src/**/*.ts', 'apps/site/src/**/*.astro'],
    reader: 'words',
    language: 'keys',
    audience: 'communicators',
  },
  // The embed's platform guides, shown on the builder page.
  {
    files: ['packages/embed-widget/docs/*.md'],
    reader: 'markdown',
    language: 'sv-then-en',
    audience: 'communicators',
  },
  // Words the components and the media kit draw: labels, read-me, uses of each format, files'
  // descriptions.
  {
    files: [
      'packages/ui-components/src/*/strings.ts',
      'packages/media-kit/src/**/*.ts',
      'packages/media-kit/scripts/*.ts',
    ],
    reader: 'words',
    language: 'keys',
    audience: 'communicators',
  },
  // For partners' developers and for the municipality.
  {
    files: [
      'README.md',
      'packages/*/README.md',
      'apps/storybook/README.md',
      'examples/README.md',
      'CONTRIBUTING.md',
      'SECURITY.md',
      'DECISIONS.md',
      'packages/focus-content/LICENSE-CONTENT.md',
    ],
    reader: 'markdown',
    language: 'sv-then-en',
    audience: 'developers',
  },
  {
    files: ['apps/storybook/src/tokens/Introduction.mdx'],
    reader: 'mdx',
    language: 'sv-then-en',
    audience: 'developers',
  },
  {
    files: ['apps/storybook/src/getting-started/KomIgang.mdx'],
    reader: 'mdx',
    language: 'sv',
    audience: 'developers',
    twin: 'apps/storybook/src/getting-started/GettingStarted.mdx',
  },
  {
    files: ['apps/storybook/src/getting-started/GettingStarted.mdx'],
    reader: 'mdx',
    language: 'en',
    audience: 'developers',
    twin: 'apps/storybook/src/getting-started/KomIgang.mdx',
  },
  {
    files: ['publiccode.yml'],
    reader: 'yaml',
    language: 'keys',
    audience: 'developers',
    skipKeys: ['url', 'landingURL', 'releaseDate', 'softwareVersion', 'categories', 'platforms'],
  },
];
