// Reads content/status/: the facts (status.yaml) and each locale's words for every state
// (<locale>.yaml), checked field by field so that a message names the file and the field.
import { z } from 'zod';
import { locales } from '../../src/ids.ts';
import { statusStates, type KitStatus, type StatusWords } from '../../src/status.ts';
import type { Locale } from '../../src/types.ts';
import { contentFile, readYaml } from './files.ts';
import { parseWith, type Problems } from './problems.ts';
import { isHttpsUrl } from './text.ts';

export const statusFile = contentFile('status', 'status.yaml');
export const statusWordsFile = (locale: Locale) => contentFile('status', `${locale}.yaml`);

const yesNo = z.boolean({ error: 'expected true or false' });
const address = z.string().refine(isHttpsUrl, 'expected a full https:// address');
const words = z.string({ error: 'expected a sentence' }).trim().min(1, 'is empty');

export const statusSchema = z.strictObject({
  packagesPublished: yesNo,
  siteDeployed: yesNo,
  siteUrl: address,
  licenceDecided: yesNo,
  profileFound: yesNo,
  codeHomeConfirmed: yesNo,
  codeUrl: address,
  adopted: yesNo,
  textApprover: z.union([words, z.null()], {
    error: 'expected the name of whoever approves the texts, or null',
  }),
}) satisfies z.ZodType<KitStatus>;

const state = (label: boolean) =>
  z.strictObject({
    say: words,
    label: label ? words : z.undefined({ error: 'only the licence has a label' }).optional(),
    claims: z.array(words, { error: 'expected a list of words' }).optional(),
  });

const topic = (states: readonly string[], label = false) =>
  z.strictObject({
    ...Object.fromEntries(states.map((s) => [s, state(label)])),
    never: z.array(words, { error: 'expected a list of words' }).optional(),
  });

export const statusWordsSchema = z.strictObject({
  title: words,
  ...Object.fromEntries(
    Object.entries(statusStates).map(([name, states]) => [name, topic(states, name === 'licence')]),
  ),
});

export interface LoadedStatus {
  status: KitStatus;
  words: Record<Locale, StatusWords>;
}

/** Reads and checks the status files; returns undefined (with problems) when one is wrong. */
export function loadStatus(root: string, problems: Problems): LoadedStatus | undefined {
  const before = problems.length;
  const status = parseWith(
    statusSchema,
    readYaml(root, statusFile, problems),
    statusFile,
    problems,
  );
  const all = {} as Record<Locale, StatusWords>;
  for (const locale of locales) {
    const file = statusWordsFile(locale);
    const parsed = parseWith(statusWordsSchema, readYaml(root, file, problems), file, problems);
    if (parsed) all[locale] = parsed as unknown as StatusWords;
  }
  if (!status || problems.length > before) return undefined;
  return { status, words: all };
}
