// The shape of the files authors edit (frontmatter and YAML), with the word limits of
// src/limits.ts. The published shape is src/schema.ts.
import { z } from 'zod';
import { wordLimits, type WordLimit } from '../../src/limits.ts';
import { nameSlot } from '../../src/locale-api.ts';
import { partnerKinds } from '../../src/schema.ts';
import { countWords, isHttpsUrl } from './text.ts';

export const text = z
  .string({ error: 'expected a text' })
  .trim()
  .min(1, 'is empty; expected a text');

function words({ min, max }: WordLimit) {
  return text.superRefine((value, ctx) => {
    const n = countWords(value);
    if (n > max) ctx.addIssue({ code: 'custom', message: `has ${n} words; at most ${max}` });
    else if (n < min) ctx.addIssue({ code: 'custom', message: `has ${n} words; at least ${min}` });
  });
}

/** A text with exactly one `{name}`, where the focus area's name goes. */
const nameTemplate = text.refine((value) => value.split(nameSlot).length === 2, {
  error: `must contain ${nameSlot} exactly once, where the focus area's name goes`,
});

const url = z.string({ error: 'expected a web address' }).refine(isHttpsUrl, {
  error: 'is not a valid web address; expected a full https:// URL such as https://sagobygden.se/',
});
const date = z
  .string({ error: 'expected a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a date written YYYY-MM-DD, e.g. 2026-11-26');
const source = z.strictObject(
  { title: text, url },
  { error: 'expected a source with a title and a url' },
);
const bilingual = z.strictObject(
  { sv: text, en: text },
  { error: 'expected a Swedish (sv) and an English (en) text' },
);
const id = z
  .string({ error: 'expected an id' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/u,
    'expected an id of lower-case letters, digits and hyphens, e.g. bolmen-yta',
  );

export const factsFile = z.record(
  id,
  z.strictObject({
    status: z.enum(['C', 'C*'], {
      error:
        'must be C or C*; facts that are unverified (U) or wrong (X) in facts.md may not be published',
    }),
    value: z.union([text, z.number(), bilingual]),
    label: bilingual,
    source,
    checked: date,
  }),
);

const description = words(wordLimits.partner.description);
export const partnersFile = z.strictObject({
  kinds: z.strictObject(Object.fromEntries(partnerKinds.map((k) => [k, bilingual]))),
  partners: z.record(
    id,
    z.strictObject({
      name: text,
      kind: z.enum(partnerKinds),
      website: url.nullable(),
      description: z.strictObject({ sv: description, en: description }),
    }),
  ),
});

export const kitFile = z.strictObject({
  announcement: source,
  vision: z.strictObject({
    source,
    goal: z.strictObject({ year: z.int(), population: z.int() }),
    population: z.strictObject({
      source,
      checked: date,
      points: z.array(z.strictObject({ year: z.int(), value: z.int() })).min(2),
    }),
  }),
});

const summary = (limits: { 'summary.short': WordLimit; 'summary.medium': WordLimit }) =>
  z.strictObject(
    { short: words(limits['summary.short']), medium: words(limits['summary.medium']) },
    { error: 'expected short and medium texts' },
  );

const area = wordLimits['focus-area'];
export const focusAreaFrontmatter = z.strictObject({
  official: text,
  name: words(area.name),
  tagline: words(area.tagline),
  topic: words(area.topic),
  summary: summary(area),
  keyMessages: z
    .array(words(area.keyMessages), { error: 'expected a list of 3 key messages' })
    .length(3, 'must have exactly 3 key messages'),
  facts: z
    .array(id, { error: 'expected a list of fact ids from content/facts.yaml' })
    .min(2, 'must list at least 2 fact ids')
    .max(4, 'must list at most 4 fact ids'),
  partners: z
    .array(id, { error: 'expected a list of partner ids from content/partners.yaml' })
    .min(1, 'must list at least 1 partner id'),
  callToAction: z
    .strictObject(
      { label: words(area['callToAction.label']), url },
      { error: 'expected a label and a url, or null' },
    )
    .nullable(),
  illustration: z.strictObject(
    { alt: words(area['illustration.alt']) },
    { error: 'expected the alt text of the illustration' },
  ),
  photos: z.array(
    z.strictObject({
      src: url,
      alt: words(area['photos.alt']),
      credit: text,
      license: text,
      expires: date,
    }),
  ),
});

export const visionFrontmatter = z.strictObject({
  title: text,
  statement: text,
  goalLabel: text,
  populationLabel: text,
  summary: summary(wordLimits.vision),
  facts: z.array(id),
});

export const collaborationFrontmatter = z.strictObject({
  title: text,
  partnerLine: text,
  linkText: z.strictObject(
    { all: text, area: nameTemplate },
    {
      error:
        'expected the words of a plain link: all (e.g. "Ljungby kommuns fokusområden") and area (e.g. "{name} – ett av Ljungby kommuns fokusområden")',
    },
  ),
  credit: z.strictObject(
    { prefix: text, illustration: text, text, changed: text },
    {
      error:
        'expected the words of the credit line: prefix (e.g. "Text och illustrationer:"), illustration (e.g. "Illustration:"), text (e.g. "Text:") and changed (e.g. "Materialet är bearbetat.")',
    },
  ),
  summary: summary(wordLimits.collaboration),
});
