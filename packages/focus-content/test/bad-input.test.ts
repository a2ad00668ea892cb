// Each case breaks one thing in a copy of the real content and asserts the message an author
// would read: the file, the field, what is wrong and what is expected.
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../scripts/lib/load.ts';
import { contentCopy, runBuildScript } from './helpers.ts';

let copy: ReturnType<typeof contentCopy> | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

function problemsAfter(edits: (c: ReturnType<typeof contentCopy>) => void): string[] {
  copy = contentCopy();
  edits(copy);
  try {
    loadContent(copy.root, { today: '2026-11-26' });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('the broken content was accepted');
}

const vattenSv = 'content/focus-areas/vatten/sv.md';
const vattenEn = 'content/focus-areas/vatten/en.md';

describe('bad input fails the build with a message an author can act on', () => {
  it('accepts the real content (so the cases below fail for their own reason)', () => {
    expect(() => loadContent(contentCopy().root, { today: '2026-11-26' })).not.toThrow();
  });

  it('a missing field', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace(/^tagline: .*\n/mu, ''));
      c.edit(vattenEn, (t) => t.replace(/^tagline: .*\n/mu, ''));
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: tagline is missing; expected a text',
    );
  });

  it('a locale missing a field the other has', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenEn, (t) => t.replace(/^tagline: .*\n/mu, ''));
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/en.md: tagline is missing; content/focus-areas/vatten/sv.md has it, and every field must exist in both languages',
    );
  });

  it('a locale with a different number of items', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenEn, (t) =>
        t.replace(/^ {2}- Sydvatten AB makes drinking water for about a million people\.\n/mu, ''),
      );
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/en.md: keyMessages has 2 items but content/focus-areas/vatten/sv.md has 3; both languages need the same items',
    );
  });

  it('an unknown partner id', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace('  - sydvatten\n', '  - sydvaten\n'));
    });
    expect(problems.join('\n')).toContain(
      'content/focus-areas/vatten/sv.md: partners[1] "sydvaten" is not a partner id in content/partners.yaml; known ids: lokal-16-teater-16,',
    );
  });

  it('an unknown fact id', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace('  - bolmen-yta\n', '  - bolmen-area\n'));
    });
    expect(problems.join('\n')).toContain(
      'content/focus-areas/vatten/sv.md: facts[0] "bolmen-area" is not a fact id in content/facts.yaml',
    );
  });

  it('a fact without a source', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/facts.yaml', (t) =>
        t.replace(/(bolmentunneln:\n(?:.*\n)*?) {2}source:\n {4}title: .*\n {4}url: .*\n/u, '$1'),
      );
    });
    expect(problems).toContain(
      'content/facts.yaml: bolmentunneln.source is missing; expected a source with a title and a url',
    );
  });

  it('a fact that facts.md marks as unverified', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/facts.yaml', (t) => t.replace(/(sagenplatser:\n {2}status:) C/u, '$1 U'));
    });
    expect(problems).toContain(
      'content/facts.yaml: sagenplatser.status is "U"; must be C or C*; facts that are unverified (U) or wrong (X) in facts.md may not be published',
    );
  });

  it('an over-long text', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenEn, (t) =>
        t.replace(
          /^ {2}short: (.*)$/mu,
          '  short: $1 It also has many more words added here to break the limit.',
        ),
      );
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/en.md: summary.short has 33 words; at most 25',
    );
  });

  it('a too short long story', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace(/\n---\n[\s\S]*$/u, '\n---\n\nVatten är viktigt.\n'));
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: the text after the frontmatter has 3 words; at least 150',
    );
  });

  it('a malformed URL', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) =>
        t.replace('url: https://forskningsstationbolmen.se/', 'url: forskningsstationbolmen.se'),
      );
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: callToAction.url is not a valid web address; expected a full https:// URL such as https://sagobygden.se/',
    );
  });

  it('a malformed link in the story', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/collaboration/sv.md', (t) =>
        t.replace('(https://creativecommons.org/licenses/by/4.0/)', '(creativecommons.org)'),
      );
    });
    expect(problems.join('\n')).toMatch(
      /content\/collaboration\/sv\.md: the text \(line \d+\) has a link to "creativecommons\.org", which is not a valid web address/u,
    );
  });

  it('an SVG without <title>', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/illustrations/vatten.svg', (t) => t.replace(/<title>.*<\/title>/u, ''));
    });
    expect(problems).toContain(
      'content/illustrations/vatten.svg: has no <title>; add <title>…</title> with a short description in Swedish as the first child of <svg>',
    );
  });

  it('an SVG with a hard-coded colour', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/illustrations/vatten.svg', (t) =>
        t.replace('style="fill:var(--lk-color-accent-default,#006799)"', 'fill="#006799"'),
      );
    });
    expect(problems.join('\n')).toContain(
      'content/illustrations/vatten.svg: has fill="#006799" on <path>; colour shapes with style="fill:var(--lk-color-accent-default,#006799)"',
    );
  });

  it('an SVG with an element an embed cannot redraw', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/illustrations/vatten.svg', (t) =>
        t.replace('</svg>', '<text x="10" y="20">Bolmen</text></svg>'),
      );
    });
    expect(problems.join('\n')).toContain(
      'content/illustrations/vatten.svg: uses <text>; only simple shapes',
    );
  });

  it.each([
    ['raw HTML', '<b>Viktigt</b>', 'uses raw HTML'],
    [
      'an image',
      '![Bolmen](https://example.org/bolmen.jpg)',
      'uses an image (add photos in the photos field instead)',
    ],
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |', 'uses a table'],
    ['a level 2 heading', '## Rubrik', 'uses a level 2 heading'],
  ])('Markdown with %s', (_name, snippet, message) => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) =>
        t.replace('### Vatten till Skåne', `${snippet}\n\n### Vatten till Skåne`),
      );
    });
    expect(problems.join('\n')).toMatch(
      new RegExp(
        `content/focus-areas/vatten/sv\\.md: the text \\(line \\d+\\) ${message.replace(/[()]/gu, '\\$&')}[^;]*; only paragraphs, ### or #### headings, bullet or numbered lists, \\*\\*bold\\*\\*, \\*italic\\* and links are allowed`,
        'u',
      ),
    );
  });

  it('a misspelt field', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace('tagline:', 'tagine:'));
      c.edit(vattenEn, (t) => t.replace('tagline:', 'tagine:'));
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: tagine is not a known field; check the spelling (see the README for the fields)',
    );
  });

  it('a placeholder left in the text', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) =>
        t.replace('  - Vatten från Bolmen når ända till Skåne.\n', '  - TODO skriv klart.\n'),
      );
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: keyMessages[0] contains the placeholder "TODO"; write the real text',
    );
  });

  it('an expired photo', () => {
    const photo =
      'photos:\n  - src: https://www.ljungby.se/bild.jpg\n    alt: Sjön Bolmen en sommardag\n    credit: Foto Ljungby kommun\n    license: CC BY 4.0\n    expires: 2025-01-01\n';
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace('photos: []\n', photo));
      c.edit(vattenEn, (t) =>
        t.replace(
          'photos: []\n',
          photo.replace('Sjön Bolmen en sommardag', 'Lake Bolmen on a summer day'),
        ),
      );
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: photos[0].expires is 2025-01-01, which has passed; remove the photo or renew its licence and date',
    );
  });

  it('the build script exits non-zero and prints the problems', () => {
    copy = contentCopy();
    copy.edit('content/illustrations/vatten.svg', (t) => t.replace(/<title>.*<\/title>/u, ''));
    const result = runBuildScript(copy.root, copy.root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('focus-content: the content has 1 problem(s):');
    expect(result.output).toContain('content/illustrations/vatten.svg: has no <title>');
  });
});

describe('messages for list and format mistakes', () => {
  it('too few facts', () => {
    const problems = problemsAfter((c) => {
      for (const file of [vattenSv, vattenEn]) {
        c.edit(file, (t) => t.replace(/facts:\n( {2}- .*\n)+/u, 'facts:\n  - bolmen-yta\n'));
      }
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: facts has 1 item(s); must list at least 2 fact ids',
    );
  });

  it('a date that is not a date', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/facts.yaml', (t) =>
        t.replace(/(sagenplatser:[\s\S]*?checked:) 2026-11-26/u, '$1 26 november'),
      );
    });
    expect(problems).toContain(
      'content/facts.yaml: sagenplatser.checked is "26 november"; expected a date written YYYY-MM-DD, e.g. 2026-11-26',
    );
  });

  it('a field the English file fills and the Swedish file leaves empty', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace(/^callToAction:\n(?: {2}.*\n)+/mu, 'callToAction: null\n'));
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: callToAction is empty, but content/focus-areas/vatten/en.md has it; both languages need the same fields',
    );
  });

  it('a field only the English file has, inside a list item', () => {
    const photo = (alt: string, extra = '') =>
      `photos:\n  - src: https://www.ljungby.se/bild.jpg\n    alt: ${alt}\n    credit: Ljungby kommun\n    license: CC BY 4.0\n    expires: 2030-01-01\n${extra}`;
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) => t.replace('photos: []\n', photo('Sjön Bolmen en sommardag.')));
      c.edit(vattenEn, (t) =>
        t.replace('photos: []\n', photo('Lake Bolmen on a summer day.', '    caption: Bolmen\n')),
      );
    });
    expect(problems).toContain(
      'content/focus-areas/vatten/sv.md: photos[0].caption is missing; content/focus-areas/vatten/en.md has it, and every field must exist in both languages',
    );
  });

  it('a placeholder in a YAML file', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/kit.yaml', (t) =>
        t.replace("title: 'Ljungby kommun: Vision och mål'", "title: 'TODO: rubrik'"),
      );
      c.edit('content/partners.yaml', (t) =>
        t.replace(/^ {2}company:\n {4}sv: Företag\n/mu, '  company:\n    sv: TBD\n'),
      );
    });
    expect(problems).toContain(
      'content/kit.yaml: vision.source.title contains the placeholder "TODO"; write the real text',
    );
    expect(problems).toContain(
      'content/partners.yaml: kinds.company.sv contains the placeholder "TBD"; write the real text',
    );
  });

  it('an SVG shape with a fixed colour that equals the default (black)', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/illustrations/vatten.svg', (t) =>
        t.replace('style="fill:var(--lk-color-accent-border,#64c1ff)"/>', 'fill="#000"/>'),
      );
    });
    expect(problems).toContain(
      'content/illustrations/vatten.svg: has fill="#000" on <circle>; colour shapes with style="fill:var(--lk-color-accent-default,#006799)" (a kit token with a fallback) or fill="currentColor"',
    );
  });

  it('an SVG shape without a fill, which paints black', () => {
    const problems = problemsAfter((c) => {
      c.edit('content/illustrations/vatten.svg', (t) =>
        t.replace(' style="fill:var(--lk-color-accent-border,#64c1ff)"/>', '/>'),
      );
    });
    expect(problems.join('\n')).toContain(
      'content/illustrations/vatten.svg: has a <circle> without a fill, which paints it black;',
    );
  });

  it('a Swedish summary that is hard to read (LIX 40 or more)', () => {
    const problems = problemsAfter((c) => {
      c.edit(vattenSv, (t) =>
        t.replace(
          /^ {2}short: .*$/mu,
          '  short: Kommunfullmäktiges vattenförsörjningsstrategi förutsätter regionövergripande samverkansavtal.',
        ),
      );
    });
    expect(problems.join('\n')).toMatch(
      /content\/focus-areas\/vatten\/sv\.md: summary\.short has LIX \d+\.\d; it must be below 40/u,
    );
  });
});
