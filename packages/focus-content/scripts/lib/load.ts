// Reads content/** (Markdown with YAML frontmatter, YAML), checks it and assembles the
// published content of each locale. Every problem is collected, not just the first, and each
// message names the file, the field, what is wrong and what is expected, because the people
// who read them are communicators editing text files, not developers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { z } from 'zod';
import { attribution, creditLines, license } from '../../src/license.ts';
import { focusAreaIds, localeContentSchema, locales, partnerKinds } from '../../src/schema.ts';
import type {
  Fact,
  FocusArea,
  FocusAreaId,
  Locale,
  LocaleContent,
  Partner,
  Block,
  IllustrationData,
  Source,
} from '../../src/types.ts';
import { markdownToBlocks, plainText } from './markdown.ts';
import { processSvg } from './svg.ts';
import { countWords, findPlaceholder, isHttpsUrl, keepNumbersTogether } from './text.ts';

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------------------------
// Authoring schemas: the shape of the files authors edit.

const text = z.string({ error: 'expected a text' }).trim().min(1, 'is empty; expected a text');

function wordLimited(min: number, max: number) {
  return text.superRefine((value, ctx) => {
    const n = countWords(value);
    if (n > max) ctx.addIssue({ code: 'custom', message: `has ${n} words; at most ${max}` });
    else if (n < min) ctx.addIssue({ code: 'custom', message: `has ${n} words; at least ${min}` });
  });
}

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

const factsFile = z.record(
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

const partnersFile = z.strictObject({
  kinds: z.strictObject(Object.fromEntries(partnerKinds.map((k) => [k, bilingual]))),
  partners: z.record(
    id,
    z.strictObject({
      name: text,
      kind: z.enum(partnerKinds),
      website: url.nullable(),
      description: z.strictObject({ sv: wordLimited(3, 25), en: wordLimited(3, 25) }),
    }),
  ),
});

const kitFile = z.strictObject({
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

const summary = z.strictObject(
  { short: wordLimited(1, 25), medium: wordLimited(40, 90) },
  { error: 'expected short and medium texts' },
);

const focusAreaFrontmatter = z.strictObject({
  official: text,
  name: wordLimited(1, 4),
  tagline: wordLimited(2, 14),
  summary,
  keyMessages: z
    .array(wordLimited(2, 20), { error: 'expected a list of 3 key messages' })
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
      { label: wordLimited(1, 6), url },
      { error: 'expected a label and a url, or null' },
    )
    .nullable(),
  illustration: z.strictObject(
    { alt: wordLimited(3, 30) },
    { error: 'expected the alt text of the illustration' },
  ),
  photos: z.array(
    z.strictObject({
      src: url,
      alt: wordLimited(3, 30),
      credit: text,
      license: text,
      expires: date,
    }),
  ),
});

const visionFrontmatter = z.strictObject({
  title: text,
  statement: text,
  goalLabel: text,
  populationLabel: text,
  summary,
  facts: z.array(id),
});

const collaborationFrontmatter = z.strictObject({
  title: text,
  partnerLine: text,
  summary,
});

// ---------------------------------------------------------------------------------------------
// Reading and messages.

type Problems = string[];

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`))
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  problems: Problems,
): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldName(issue.path);
    const value = valueAt(data, issue.path);
    const where = field ? `${file}: ${field}` : file;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(
          `${file}: ${field ? `${field}.` : ''}${key} is not a known field; check the spelling (see the README for the fields)`,
        );
      }
    } else if (value === undefined && issue.code === 'invalid_type') {
      problems.push(`${where} is missing; ${issue.message.replace(/^Invalid input: /u, '')}`);
    } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
      problems.push(
        `${where} is ${describe(value)}; ${issue.message.replace(/^Invalid input: /u, '')}`,
      );
    } else if (issue.code === 'invalid_value') {
      problems.push(`${where} is ${describe(value)}; ${issue.message}`);
    } else if (issue.code === 'custom') {
      problems.push(`${where} ${issue.message}`);
    } else if (Array.isArray(value)) {
      problems.push(`${where} has ${value.length} item(s); ${issue.message}`);
    } else {
      problems.push(`${where} is ${describe(value)}; ${issue.message}`);
    }
  }
  return undefined;
}

function readYaml(root: string, file: string, problems: Problems): unknown {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push(`${file}: the file is missing`);
    return undefined;
  }
  try {
    return YAML.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${file}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

interface MarkdownFile {
  data: unknown;
  body: string;
  /** Line of the body's first line in the file, for messages. */
  bodyLine: number;
}

function readMarkdown(root: string, file: string, problems: Problems): MarkdownFile | undefined {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push(`${file}: the file is missing`);
    return undefined;
  }
  const raw = readFileSync(path, 'utf8');
  try {
    // The yaml package, not gray-matter's default js-yaml, so that dates stay text and the
    // frontmatter follows the same YAML rules as the .yaml files.
    const parsed = matter(raw, { engines: { yaml: (s: string) => YAML.parse(s) as object } });
    const body = parsed.content.trim();
    const bodyLine = raw.slice(0, raw.indexOf(body)).split('\n').length;
    return { data: parsed.data, body, bodyLine };
  } catch (error) {
    problems.push(
      `${file}: the frontmatter between the --- lines is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
    return undefined;
  }
}

/** Fields present in one locale's frontmatter but not in the other's. */
function compareFields(
  a: unknown,
  b: unknown,
  aFile: string,
  bFile: string,
  problems: Problems,
  path: PropertyKey[] = [],
): void {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
      problems.push(
        `${bFile}: ${fieldName(path)} has ${b.length} items but ${aFile} has ${a.length}; both languages need the same items`,
      );
    }
    return;
  }
  for (const key of Object.keys(a)) {
    const here = [...path, key];
    if (!(key in b)) {
      problems.push(
        `${bFile}: ${fieldName(here)} is missing; ${aFile} has it, and every field must exist in both languages`,
      );
    } else {
      compareFields(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        aFile,
        bFile,
        problems,
        here,
      );
    }
  }
}

function richText(md: MarkdownFile, file: string, min: number, max: number, problems: Problems) {
  const { blocks, problems: mdProblems } = markdownToBlocks(md.body);
  for (const p of mdProblems) {
    problems.push(`${file}: the text (line ${p.line + md.bodyLine - 1}) ${p.message}`);
  }
  const n = countWords(plainText(blocks));
  if (n > max || n < min) {
    problems.push(
      `${file}: the text after the frontmatter has ${n} words; ${n > max ? `at most ${max}` : `at least ${min}`}`,
    );
  }
  return blocks;
}

function checkPlaceholders(
  value: unknown,
  file: string,
  problems: Problems,
  path: PropertyKey[] = [],
) {
  if (typeof value === 'string') {
    const found = findPlaceholder(value);
    if (found) {
      problems.push(
        `${file}: ${fieldName(path) || 'the text'} contains the placeholder "${found}"; write the real text`,
      );
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      checkPlaceholders(v, file, problems, [...path, Array.isArray(value) ? Number(k) : k]);
    }
  }
}

// ---------------------------------------------------------------------------------------------

export interface LoadOptions {
  /** Version written into the JSON; defaults to the package version. */
  version?: string;
  /** ISO date used to refuse expired photos; defaults to today. */
  today?: string;
}

export interface LoadedContent {
  content: Record<Locale, LocaleContent>;
  illustrations: Record<FocusAreaId, IllustrationData>;
  /** Optimised SVG file text per focus area. */
  svgs: Record<FocusAreaId, string>;
}

/** Loads and checks `<root>/content`. Throws ContentError listing every problem. */
export function loadContent(root: string, options: LoadOptions = {}): LoadedContent {
  const problems: Problems = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const version =
    options.version ??
    (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        version: string;
      }
    ).version;
  const rel = (...parts: string[]) => relative(root, join(root, ...parts)).replaceAll('\\', '/');

  // Shared files.
  const factsPath = rel('content', 'facts.yaml');
  const facts = parseWith(factsFile, readYaml(root, factsPath, problems), factsPath, problems);
  const partnersPath = rel('content', 'partners.yaml');
  const partnerData = parseWith(
    partnersFile,
    readYaml(root, partnersPath, problems),
    partnersPath,
    problems,
  );
  const kitPath = rel('content', 'kit.yaml');
  const kit = parseWith(kitFile, readYaml(root, kitPath, problems), kitPath, problems);

  const factFor = (factId: string, locale: Locale): Fact | undefined => {
    const f = facts?.[factId];
    if (!f) return undefined;
    const value =
      typeof f.value === 'object' ? f.value[locale] : keepNumbersTogether(String(f.value));
    return {
      id: factId,
      value: keepNumbersTogether(value),
      label: keepNumbersTogether(f.label[locale]),
      source: f.source,
      checked: f.checked,
    };
  };

  const resolveFacts = (ids: string[], file: string, field: string, locale: Locale): Fact[] =>
    ids.flatMap((factId, i) => {
      const fact = factFor(factId, locale);
      if (!fact && facts) {
        problems.push(
          `${file}: ${field}[${i}] "${factId}" is not a fact id in ${factsPath}; known ids: ${Object.keys(facts).join(', ')}`,
        );
      }
      return fact ? [fact] : [];
    });

  // Focus areas: the folders must be exactly the four ids.
  const areasDir = join(root, 'content', 'focus-areas');
  if (existsSync(areasDir)) {
    for (const entry of readdirSync(areasDir)) {
      if (!(focusAreaIds as readonly string[]).includes(entry)) {
        problems.push(
          `${rel('content', 'focus-areas', entry)}: is not a focus area; the folders must be ${focusAreaIds.join(', ')}`,
        );
      }
    }
  }

  type AreaFrontmatter = z.infer<typeof focusAreaFrontmatter>;
  const areaSources: Partial<
    Record<FocusAreaId, Record<Locale, { fm: AreaFrontmatter; long: Block[] }>>
  > = {};
  const partnerAreas = new Map<string, FocusAreaId[]>();
  const svgs: Partial<Record<FocusAreaId, string>> = {};
  const shapesById: Partial<Record<FocusAreaId, ReturnType<typeof processSvg>>> = {};

  for (const areaId of focusAreaIds) {
    const files = Object.fromEntries(
      locales.map((l) => [l, rel('content', 'focus-areas', areaId, `${l}.md`)]),
    ) as Record<Locale, string>;
    const raw = Object.fromEntries(
      locales.map((l) => [l, readMarkdown(root, files[l], problems)]),
    ) as Record<Locale, MarkdownFile | undefined>;
    if (raw.sv && raw.en) {
      compareFields(raw.sv.data, raw.en.data, `${areaId}/sv.md`, files.en, problems);
      compareFields(raw.en.data, raw.sv.data, `${areaId}/en.md`, files.sv, problems);
    }
    const parsed: Partial<Record<Locale, { fm: AreaFrontmatter; long: Block[] }>> = {};
    for (const locale of locales) {
      const md = raw[locale];
      if (!md) continue;
      checkPlaceholders({ ...(md.data as object), text: md.body }, files[locale], problems);
      const fm = parseWith(focusAreaFrontmatter, md.data, files[locale], problems);
      const long = richText(md, files[locale], 150, 350, problems);
      if (!fm) continue;
      parsed[locale] = { fm, long };
      fm.partners.forEach((partnerId, i) => {
        if (partnerData && !(partnerId in partnerData.partners)) {
          problems.push(
            `${files[locale]}: partners[${i}] "${partnerId}" is not a partner id in ${partnersPath}; known ids: ${Object.keys(partnerData.partners).join(', ')}`,
          );
        }
      });
      resolveFacts(fm.facts, files[locale], 'facts', locale);
      fm.photos.forEach((photo, i) => {
        if (photo.expires < today) {
          problems.push(
            `${files[locale]}: photos[${i}].expires is ${photo.expires}, which has passed; remove the photo or renew its licence and date`,
          );
        }
      });
    }
    const { sv, en } = parsed;
    if (sv && en) {
      // Ids and addresses are the same in both languages; only the words differ.
      for (const field of ['facts', 'partners'] as const) {
        if (sv.fm[field].join() !== en.fm[field].join()) {
          problems.push(
            `${files.en}: ${field} is [${en.fm[field].join(', ')}] but ${files.sv} has [${sv.fm[field].join(', ')}]; both languages must list the same ids in the same order`,
          );
        }
      }
      sv.fm.photos.forEach((photo, i) => {
        const other = en.fm.photos[i];
        if (other && (other.src !== photo.src || other.expires !== photo.expires)) {
          problems.push(
            `${files.en}: photos[${i}] must have the same src and expires as in ${files.sv}`,
          );
        }
      });
      areaSources[areaId] = { sv, en };
      for (const partnerId of sv.fm.partners) {
        partnerAreas.set(partnerId, [...(partnerAreas.get(partnerId) ?? []), areaId]);
      }
    }

    const svgFile = rel('content', 'illustrations', `${areaId}.svg`);
    if (!existsSync(join(root, svgFile))) {
      problems.push(`${svgFile}: the illustration of ${areaId} is missing`);
    } else {
      const result = processSvg(readFileSync(join(root, svgFile), 'utf8'));
      for (const p of result.problems) problems.push(`${svgFile}: ${p}`);
      svgs[areaId] = result.svg;
      shapesById[areaId] = result;
    }
  }

  if (partnerData) {
    for (const partnerId of Object.keys(partnerData.partners)) {
      if (!partnerAreas.has(partnerId) && Object.keys(areaSources).length === focusAreaIds.length) {
        problems.push(
          `${partnersPath}: partners.${partnerId} is not listed by any focus area; add it to a focus area's partners or remove it`,
        );
      }
    }
    checkPlaceholders(partnerData, partnersPath, problems);
  }
  if (facts) checkPlaceholders(facts, factsPath, problems);

  // Vision and collaboration.
  const single = <S extends z.ZodType>(folder: string, schema: S, min: number, max: number) => {
    const files = Object.fromEntries(
      locales.map((l) => [l, rel('content', folder, `${l}.md`)]),
    ) as Record<Locale, string>;
    const raw = Object.fromEntries(
      locales.map((l) => [l, readMarkdown(root, files[l], problems)]),
    ) as Record<Locale, MarkdownFile | undefined>;
    if (raw.sv && raw.en) {
      compareFields(raw.sv.data, raw.en.data, `${folder}/sv.md`, files.en, problems);
      compareFields(raw.en.data, raw.sv.data, `${folder}/en.md`, files.sv, problems);
    }
    const out: Partial<Record<Locale, { fm: z.infer<S>; long: Block[]; file: string }>> = {};
    for (const locale of locales) {
      const md = raw[locale];
      if (!md) continue;
      checkPlaceholders({ ...(md.data as object), text: md.body }, files[locale], problems);
      const fm = parseWith(schema, md.data, files[locale], problems);
      const long = richText(md, files[locale], min, max, problems);
      if (fm !== undefined) out[locale] = { fm, long, file: files[locale] };
    }
    return out;
  };
  const visionSources = single('vision', visionFrontmatter, 60, 350);
  const collaborationSources = single('collaboration', collaborationFrontmatter, 60, 350);
  for (const locale of locales) {
    const v = visionSources[locale];
    if (v) resolveFacts(v.fm.facts, v.file, 'facts', locale);
  }

  if (problems.length > 0) throw new ContentError(problems);
  // Past this point every part exists; the checks above made sure of it.
  if (!facts || !partnerData || !kit) throw new ContentError(['unreachable: shared files']);

  const partnersIn = (locale: Locale): Partner[] =>
    Object.entries(partnerData.partners).map(([partnerId, p]) => ({
      id: partnerId,
      name: p.name,
      kind: p.kind,
      kindLabel: partnerData.kinds[p.kind]?.[locale] ?? p.kind,
      description: keepNumbersTogether(p.description[locale]),
      website: p.website,
      focusAreas: partnerAreas.get(partnerId) ?? [],
    }));

  const announcement: Source = kit.announcement;
  const build = (locale: Locale): LocaleContent => {
    const partners = partnersIn(locale);
    const focusAreas: FocusArea[] = focusAreaIds.map((areaId) => {
      const src = areaSources[areaId];
      if (!src) throw new ContentError([`unreachable: ${areaId}`]);
      const { fm, long } = src[locale];
      return {
        id: areaId,
        name: fm.name,
        tagline: keepNumbersTogether(fm.tagline),
        official: { original: src.sv.fm.official, text: fm.official, source: announcement },
        summary: {
          short: keepNumbersTogether(fm.summary.short),
          medium: keepNumbersTogether(fm.summary.medium),
        },
        long,
        keyMessages: fm.keyMessages.map(keepNumbersTogether),
        facts: resolveFacts(fm.facts, '', 'facts', locale),
        partners: fm.partners.flatMap((pid) => partners.filter((p) => p.id === pid)),
        callToAction: fm.callToAction,
        illustration: { src: `illustrations/${areaId}.svg`, alt: fm.illustration.alt },
        photos: fm.photos,
        accentToken: `focus-area.${areaId}.accent`,
      };
    });
    const v = visionSources[locale];
    const c = collaborationSources[locale];
    if (!v || !c) throw new ContentError(['unreachable: vision or collaboration']);
    return {
      locale,
      version,
      license: { ...license, attribution, credit: creditLines[locale] },
      vision: {
        title: v.fm.title,
        statement: v.fm.statement,
        goal: { ...kit.vision.goal, label: keepNumbersTogether(v.fm.goalLabel) },
        summary: {
          short: keepNumbersTogether(v.fm.summary.short),
          medium: keepNumbersTogether(v.fm.summary.medium),
        },
        long: v.long,
        population: { label: v.fm.populationLabel, ...kit.vision.population },
        facts: resolveFacts(v.fm.facts, v.file, 'facts', locale),
        source: kit.vision.source,
      },
      collaboration: {
        title: c.fm.title,
        partnerLine: c.fm.partnerLine,
        summary: {
          short: keepNumbersTogether(c.fm.summary.short),
          medium: keepNumbersTogether(c.fm.summary.medium),
        },
        long: c.long,
        source: announcement,
      },
      focusAreas,
      partners,
    };
  };

  const content = { sv: build('sv'), en: build('en') };
  const illustrations = Object.fromEntries(
    focusAreaIds.map((areaId) => {
      const svg = shapesById[areaId];
      if (!svg) throw new ContentError([`unreachable: ${areaId}`]);
      return [areaId, { viewBox: svg.viewBox, shapes: svg.shapes }];
    }),
  ) as Record<FocusAreaId, IllustrationData>;
  // The published shape is checked too, so a bug in this file cannot ship malformed JSON.
  for (const locale of locales) {
    const check = localeContentSchema.safeParse(content[locale]);
    if (!check.success) {
      throw new ContentError(
        check.error.issues.map((i) => `json/${locale}.json: ${fieldName(i.path)}: ${i.message}`),
      );
    }
  }
  return { content, illustrations, svgs: svgs as Record<FocusAreaId, string> };
}
