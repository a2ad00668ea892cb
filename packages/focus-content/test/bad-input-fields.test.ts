// Bad input in the fields: a field missing, misspelt or different between the two languages, a
// malformed address or date, an expired photo, and ids and facts that content/facts.yaml and
// content/partners.yaml do not back. Each message names the file, the field, what is wrong and
// what is expected.
import { describe, it } from 'vitest';
import type { Edit } from './helpers.ts';
import { plantedMistakes, vattenEn, vattenSv, type Mistake } from './planted-mistakes.ts';

const { expectAccepted, expectReported } = plantedMistakes();

const expiredPhoto =
  'photos:\n  - src: https://www.ljungby.se/bild.jpg\n    alt: Sjön Bolmen en sommardag\n    credit: Foto Ljungby kommun\n    license: CC BY 4.0\n    expires: 2025-01-01\n';

const listPhoto = (alt: string, extra = '') =>
  `photos:\n  - src: https://www.ljungby.se/bild.jpg\n    alt: ${alt}\n    credit: Ljungby kommun\n    license: CC BY 4.0\n    expires: 2030-01-01\n${extra}`;

const fieldMistakes: Mistake[] = [
  {
    name: 'a missing field',
    edits: [
      [vattenSv, /^tagline: .*\n/mu, ''],
      [vattenEn, /^tagline: .*\n/mu, ''],
    ],
    problems: ['content/focus-areas/vatten/sv.md: tagline is missing; expected a text'],
  },
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
    name: 'a malformed URL',
    edits: [
      [vattenSv, 'url: https://forskningsstationbolmen.se/', 'url: forskningsstationbolmen.se'],
    ],
    problems: [
      'content/focus-areas/vatten/sv.md: callToAction.url is not a valid web address; expected a full https:// URL such as https://sagobygden.se/',
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

const idAndFactMistakes: Mistake[] = [
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
    name: 'a date that is not a date',
    edits: [
      ['content/facts.yaml', /(sagenplatser:[\s\S]*?checked:) 2026-11-26/u, '$1 26 november'],
    ],
    problems: [
      'content/facts.yaml: sagenplatser.checked is "26 november"; expected a date written YYYY-MM-DD, e.g. 2026-11-26',
    ],
  },
];

describe('bad fields fail the build with a message an author can act on', () => {
  it('accepts the real content (so the cases below fail for their own reason)', () => {
    expectAccepted();
  });

  describe('fields, the two languages, addresses and photos', () => {
    for (const mistake of fieldMistakes) {
      it(mistake.name, () => {
        expectReported(mistake);
      });
    }
  });

  describe('partner and fact ids, and the facts themselves', () => {
    for (const mistake of idAndFactMistakes) {
      it(mistake.name, () => {
        expectReported(mistake);
      });
    }
  });
});
