// Reads content/glossary.yaml: the names of places, organisations, projects and events the
// texts may use, each with its source. The claims check (claims/check.ts) refuses any other name.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { isHttpsUrl } from './text.ts';

export const glossaryFile = 'content/glossary.yaml';

export const glossaryKinds = [
  'place',
  'organisation',
  'project',
  'event',
  'document',
  'licence',
] as const;

const name = z.string({ error: 'expected the name as a text' }).trim().min(1, 'is empty');

const entrySchema = z.strictObject({
  sv: name,
  en: name,
  forms: z.array(name, { error: 'expected a list of other spellings' }).optional(),
  kind: z.enum(glossaryKinds, { error: `expected one of ${glossaryKinds.join(', ')}` }),
  source: z.strictObject(
    {
      title: name,
      url: z.string().refine(isHttpsUrl, 'expected a full https:// address of the source'),
    },
    { error: 'expected a source with a title and a url' },
  ),
  note: name.optional(),
});

export const glossarySchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected an id such as hylte-kommun'),
  entrySchema,
);

export type GlossaryEntry = z.infer<typeof entrySchema>;

export interface Glossary {
  entries: Record<string, GlossaryEntry>;
  /** Every spelling a text may use, longest first so that "Hylte kommun" wins over "Hylte". */
  names: string[];
}

/** Loads and checks the glossary; problems name the file, the entry and the field. */
export function loadGlossary(root: string): { glossary: Glossary; problems: string[] } {
  const problems: string[] = [];
  const empty = { glossary: { entries: {}, names: [] }, problems };
  const path = join(root, glossaryFile);
  if (!existsSync(path)) {
    problems.push(`${glossaryFile}: the file is missing; it lists the names the texts may use`);
    return empty;
  }
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${glossaryFile}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return empty;
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.');
      const what =
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')} is not a known field; expected sv, en, forms, kind, source, note`
          : issue.message.replace(/^Invalid input: /u, '');
      problems.push(`${glossaryFile}: ${field || 'the file'}: ${what}`);
    }
    return empty;
  }
  const names = new Set<string>();
  for (const entry of Object.values(result.data)) {
    for (const n of [entry.sv, entry.en, ...(entry.forms ?? [])]) names.add(n);
  }
  return {
    glossary: {
      entries: result.data,
      names: [...names].sort((a, b) => b.length - a.length),
    },
    problems,
  };
}
