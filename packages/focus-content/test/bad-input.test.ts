// Each case breaks one thing in a copy of the real content and asserts the message an author
// would read: the file, the field, what is wrong and what is expected.
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../scripts/lib/load.ts';
import { plantedCopies, runBuildScript, type Edit } from './helpers.ts';

const plant = plantedCopies();

function problemsAfter(edits: readonly Edit[]): string[] {
  try {
    loadContent(plant(edits).root, { today: '2026-11-26' });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('the broken content was accepted');
}

/** One planted mistake and what the author must read. */
type Mistake = { name: string; edits: Edit[] } & (
  | {
      /** Problems reported word for word. */
      problems: string[];
    }
  | {
      /** A part of the report, where the rest of a message varies. */
      report: string | RegExp;
    }
);

function expectReported(mistake: Mistake) {
  const reported = problemsAfter(mistake.edits);
  if ('problems' in mistake) {
    for (const problem of mistake.problems) expect(reported).toContain(problem);
  } else {
    expect(reported.join('\n')).toMatch(mistake.report);
  }
}

const vattenSv = 'content/focus-areas/vatten/sv.md';
const vattenEn = 'content/focus-areas/vatten/en.md';
const vattenSvg = 'content/illustrations/vatten.svg';

/** Markdown the components cannot render: what is planted and how the message names it. */
const refusedMarkdown: [name: string, snippet: string, message: string][] = [
  ['raw HTML', '<b>Viktigt</b>', 'uses raw HTML'],
  [
    'an image',
    '![Bolmen](https://example.org/bolmen.jpg)',
    'uses an image (add photos in the photos field instead)',
  ],
  ['a table', '| a | b |\n|---|---|\n| 1 | 2 |', 'uses a table'],
  ['a level 2 heading', '## Rubrik', 'uses a level 2 heading'],
];

const expiredPhoto =
  'photos:\n  - src: https://www.ljungby.se/bild.jpg\n    alt: Sjön Bolmen en sommardag\n    credit: Foto Ljungby kommun\n    license: CC BY 4.0\n    expires: 2025-01-01\n';

const mistakes: Mistake[] = [
  {
    name: 'a missing field',
    edits: [
      [vattenSv, /^tagline: .*\n/mu, ''],
      [vattenEn, /^tagline: .*\n/mu, ''],
    ],
    problems: ['content/focus-areas/vatten/sv.md: tagline is missing; expected a text'],
  },
  {
    name: 'a locale missing a field the other has',
    edits: [[vattenEn, /^tagline: .*\n/mu, '']],
    problems: [
      'content/focus-areas/vatten/en.md: tagline is missing; content/focus-areas/vatten/sv.md has it, and every field must exist in both languages',
    ],
  },
  {
    name: 'a locale with a different number of items',
    edits: [
      [vattenEn, /^ {2}- Sydvatten AB makes drinking water for about a million people\.\n/mu, ''],
    ],
    problems: [
      'content/focus-areas/vatten/en.md: keyMessages has 2 items but content/focus-areas/vatten/sv.md has 3; both languages need the same items',
    ],
  },
  {
    name: 'an unknown partner id',
    edits: [[vattenSv, '  - sydvatten\n', '  - sydvaten\n']],
    report:
      'content/focus-areas/vatten/sv.md: partners[1] "sydvaten" is not a partner id in content/partners.yaml; known ids: lokal-16-teater-16,',
  },
  {
    name: 'an unknown fact id',
    edits: [[vattenSv, '  - bolmen-yta\n', '  - bolmen-area\n']],
    report:
      'content/focus-areas/vatten/sv.md: facts[0] "bolmen-area" is not a fact id in content/facts.yaml',
  },
  {
    name: 'a fact without a source',
    edits: [
      [
        'content/facts.yaml',
        /(bolmentunneln:\n(?:.*\n)*?) {2}source:\n {4}title: .*\n {4}url: .*\n/u,
        '$1',
      ],
    ],
    problems: [
      'content/facts.yaml: bolmentunneln.source is missing; expected a source with a title and a url',
    ],
  },
  {
    name: 'a fact that facts.md marks as unverified',
    edits: [['content/facts.yaml', /(sagenplatser:\n {2}status:) C/u, '$1 U']],
    problems: [
      'content/facts.yaml: sagenplatser.status is "U"; must be C or C*; facts that are unverified (U) or wrong (X) in facts.md may not be published',
    ],
  },
  {
    name: 'an over-long text',
    edits: [
      [
        vattenEn,
        /^ {2}short: (.*)$/mu,
        '  short: $1 It also has many more words added here to break the limit.',
      ],
    ],
    problems: ['content/focus-areas/vatten/en.md: summary.short has 37 words; at most 25'],
  },
  {
    name: 'a too short long story',
    edits: [[vattenSv, /\n---\n[\s\S]*$/u, '\n---\n\nVatten är viktigt.\n']],
    problems: [
      'content/focus-areas/vatten/sv.md: the text after the frontmatter has 3 words; at least 150',
    ],
  },
  {
    name: 'a malformed URL',
    edits: [
      [vattenSv, 'url: https://forskningsstationbolmen.se/', 'url: forskningsstationbolmen.se'],
    ],
    problems: [
      'content/focus-areas/vatten/sv.md: callToAction.url is not a valid web address; expected a full https:// URL such as https://sagobygden.se/',
    ],
  },
  {
    name: 'a malformed link in the story',
    edits: [
      [
        'content/collaboration/sv.md',
        '(https://creativecommons.org/licenses/by/4.0/)',
        '(creativecommons.org)',
      ],
    ],
    report:
      /content\/collaboration\/sv\.md: the text \(line \d+\) has a link to "creativecommons\.org", which is not a valid web address/u,
  },
  {
    name: 'an SVG without <title>',
    edits: [[vattenSvg, /<title>.*<\/title>/u, '']],
    problems: [
      'content/illustrations/vatten.svg: has no <title>; add <title>…</title> with a short description in Swedish as the first child of <svg>',
    ],
  },
  {
    name: 'an SVG with a hard-coded colour',
    edits: [[vattenSvg, 'style="fill:var(--lk-color-accent-default,#006799)"', 'fill="#006799"']],
    report:
      'content/illustrations/vatten.svg: has fill="#006799" on <path>; colour shapes with style="fill:var(--lk-color-accent-default,#006799)"',
  },
  {
    name: 'an SVG with an element an embed cannot redraw',
    edits: [[vattenSvg, '</svg>', '<text x="10" y="20">Bolmen</text></svg>']],
    report: 'content/illustrations/vatten.svg: uses <text>; only simple shapes',
  },
  ...refusedMarkdown.map(([name, snippet, message]): Mistake => ({
    name: `Markdown with ${name}`,
    edits: [[vattenSv, '### Vatten till Skåne', `${snippet}\n\n### Vatten till Skåne`]],
    report: new RegExp(
      `content/focus-areas/vatten/sv\\.md: the text \\(line \\d+\\) ${message.replace(/[()]/gu, '\\$&')}[^;]*; only paragraphs, ### or #### headings, bullet or numbered lists, \\*\\*bold\\*\\*, \\*italic\\* and links are allowed`,
      'u',
    ),
  })),
  {
    name: 'a misspelt field',
    edits: [
      [vattenSv, 'tagline:', 'tagine:'],
      [vattenEn, 'tagline:', 'tagine:'],
    ],
    problems: [
      'content/focus-areas/vatten/sv.md: tagine is not a known field; check the spelling (see the README for the fields)',
    ],
  },
  {
    name: 'a placeholder left in the text',
    edits: [[vattenSv, '  - Vatten från Bolmen når ända till Skåne.\n', '  - TODO skriv klart.\n']],
    problems: [
      'content/focus-areas/vatten/sv.md: keyMessages[0] contains the placeholder "TODO"; write the real text',
    ],
  },
  {
    name: 'an expired photo',
    edits: [
      [vattenSv, 'photos: []\n', expiredPhoto],
      [
        vattenEn,
        'photos: []\n',
        expiredPhoto.replace('Sjön Bolmen en sommardag', 'Lake Bolmen on a summer day'),
      ],
    ],
    problems: [
      'content/focus-areas/vatten/sv.md: photos[0].expires is 2025-01-01, which has passed; remove the photo or renew its licence and date',
    ],
  },
];

const listPhoto = (alt: string, extra = '') =>
  `photos:\n  - src: https://www.ljungby.se/bild.jpg\n    alt: ${alt}\n    credit: Ljungby kommun\n    license: CC BY 4.0\n    expires: 2030-01-01\n${extra}`;

const listAndFormatMistakes: Mistake[] = [
  {
    name: 'too few facts',
    edits: [vattenSv, vattenEn].map((file): Edit => [
      file,
      /facts:\n( {2}- .*\n)+/u,
      'facts:\n  - bolmen-yta\n',
    ]),
    problems: [
      'content/focus-areas/vatten/sv.md: facts has 1 item(s); must list at least 2 fact ids',
    ],
  },
  {
    name: 'a date that is not a date',
    edits: [
      ['content/facts.yaml', /(sagenplatser:[\s\S]*?checked:) 2026-11-26/u, '$1 26 november'],
    ],
    problems: [
      'content/facts.yaml: sagenplatser.checked is "26 november"; expected a date written YYYY-MM-DD, e.g. 2026-11-26',
    ],
  },
  {
    name: 'a field the English file fills and the Swedish file leaves empty',
    edits: [[vattenSv, /^callToAction:\n(?: {2}.*\n)+/mu, 'callToAction: null\n']],
    problems: [
      'content/focus-areas/vatten/sv.md: callToAction is empty, but content/focus-areas/vatten/en.md has it; both languages need the same fields',
    ],
  },
  {
    name: 'a field only the English file has, inside a list item',
    edits: [
      [vattenSv, 'photos: []\n', listPhoto('Sjön Bolmen en sommardag.')],
      [
        vattenEn,
        'photos: []\n',
        listPhoto('Lake Bolmen on a summer day.', '    caption: Bolmen\n'),
      ],
    ],
    problems: [
      'content/focus-areas/vatten/sv.md: photos[0].caption is missing; content/focus-areas/vatten/en.md has it, and every field must exist in both languages',
    ],
  },
  {
    name: 'a placeholder in a YAML file',
    edits: [
      ['content/kit.yaml', "title: 'Ljungby kommun: Vision och mål'", "title: 'TODO: rubrik'"],
      ['content/partners.yaml', /^ {2}company:\n {4}sv: Företag\n/mu, '  company:\n    sv: TBD\n'],
    ],
    problems: [
      'content/kit.yaml: vision.source.title contains the placeholder "TODO"; write the real text',
      'content/partners.yaml: kinds.company.sv contains the placeholder "TBD"; write the real text',
    ],
  },
  {
    name: 'an SVG shape with a fixed colour that equals the default (black)',
    edits: [[vattenSvg, 'style="fill:var(--lk-color-accent-border,#64c1ff)"/>', 'fill="#000"/>']],
    problems: [
      'content/illustrations/vatten.svg: has fill="#000" on <circle>; colour shapes with style="fill:var(--lk-color-accent-default,#006799)" (a kit token with a fallback) or fill="currentColor"',
    ],
  },
  {
    name: 'an SVG shape without a fill, which paints black',
    edits: [[vattenSvg, ' style="fill:var(--lk-color-accent-border,#64c1ff)"/>', '/>']],
    report:
      'content/illustrations/vatten.svg: has a <circle> without a fill, which paints it black;',
  },
  {
    name: 'a Swedish summary that is hard to read (LIX 40 or more)',
    edits: [
      [
        vattenSv,
        /^ {2}short: .*$/mu,
        '  short: Kommunfullmäktiges vattenförsörjningsstrategi förutsätter regionövergripande samverkansavtal.',
      ],
    ],
    report:
      /content\/focus-areas\/vatten\/sv\.md: summary\.short has LIX \d+\.\d; it must be below 40/u,
  },
];

describe('bad input fails the build with a message an author can act on', () => {
  it('accepts the real content (so the cases below fail for their own reason)', () => {
    expect(() => loadContent(plant().root, { today: '2026-11-26' })).not.toThrow();
  });

  for (const mistake of mistakes) {
    it(mistake.name, () => {
      expectReported(mistake);
    });
  }

  it('the build script exits non-zero and prints the problems', () => {
    const copy = plant([[vattenSvg, /<title>.*<\/title>/u, '']]);
    const result = runBuildScript(copy.root, copy.root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('focus-content: the content has 1 problem(s):');
    expect(result.output).toContain('content/illustrations/vatten.svg: has no <title>');
  });
});

describe('messages for list and format mistakes', () => {
  for (const mistake of listAndFormatMistakes) {
    it(mistake.name, () => {
      expectReported(mistake);
    });
  }
});
