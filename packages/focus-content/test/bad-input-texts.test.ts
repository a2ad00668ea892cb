// Bad input in the texts: too many or too few words, a Swedish summary that is hard to read, a
// placeholder left in, a malformed link and Markdown the components cannot render. Each message
// names the file, the field or the line, what is wrong and what is expected.
import { describe, it } from 'vitest';
import { plantedMistakes, vattenEn, vattenSv, type Mistake } from './planted-mistakes.ts';

const { expectAccepted, expectReported } = plantedMistakes();

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

const mistakes: Mistake[] = [
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
  {
    name: 'a placeholder left in the text',
    edits: [[vattenSv, '  - Vatten från Bolmen når ända till Skåne.\n', '  - TODO skriv klart.\n']],
    problems: [
      'content/focus-areas/vatten/sv.md: keyMessages[0] contains the placeholder "TODO"; write the real text',
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
  ...refusedMarkdown.map(([name, snippet, message]): Mistake => ({
    name: `Markdown with ${name}`,
    edits: [[vattenSv, '### Vatten till Skåne', `${snippet}\n\n### Vatten till Skåne`]],
    report: new RegExp(
      `content/focus-areas/vatten/sv\\.md: the text \\(line \\d+\\) ${message.replace(/[()]/gu, '\\$&')}[^;]*; only paragraphs, ### or #### headings, bullet or numbered lists, \\*\\*bold\\*\\*, \\*italic\\* and links are allowed`,
      'u',
    ),
  })),
];

describe('bad texts fail the build with a message an author can act on', () => {
  it('accepts the real content (so the cases below fail for their own reason)', () => {
    expectAccepted();
  });

  for (const mistake of mistakes) {
    it(mistake.name, () => {
      expectReported(mistake);
    });
  }
});
