// Reads content/** and assembles the published content of each locale. The steps live in their
// own modules: files.ts (reading), authoring.ts (the authored shapes and word limits),
// locale-pair.ts (one text in every locale), shared.ts (facts, partners, kit), focus-areas.ts,
// checks.ts (cross-field checks), assemble.ts (the published shape) and problems.ts (messages).
import { readFileSync } from 'node:fs';
import { focusAreaIds, locales } from '../../src/ids.ts';
import { wordLimits } from '../../src/limits.ts';
import { localeContentSchema } from '../../src/schema.ts';
import type {
  CreditPrefixes,
  FocusAreaId,
  IllustrationData,
  LinkText,
  Locale,
  LocaleContent,
} from '../../src/types.ts';
import { assembleLocale } from './assemble.ts';
import { collaborationFrontmatter, visionFrontmatter } from './authoring.ts';
import { loadFocusAreas } from './focus-areas.ts';
import { loadLocalePair } from './locale-pair.ts';
import { ContentError, fieldName, type Problems } from './problems.ts';
import { factResolver, loadShared } from './shared.ts';
import { loadStatus, type LoadedStatus } from './status.ts';
import { sayStatus } from '../../src/status.ts';

export { ContentError } from './problems.ts';

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
  /** The words of plain links to the focus areas (collaboration/<locale>.md, `linkText`). */
  linkTexts: Record<Locale, LinkText>;
  /** The credit's words for a part of the material (collaboration/<locale>.md, `credit`). */
  creditPrefixes: Record<Locale, CreditPrefixes>;
  /** The kit's status and its words (content/status/). */
  status: LoadedStatus;
}

const packageVersion = () =>
  (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

/** Loads and checks `<root>/content`. Throws ContentError listing every problem. */
export function loadContent(root: string, options: LoadOptions = {}): LoadedContent {
  const problems: Problems = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  const shared = loadShared(root, problems);
  const status = loadStatus(root, problems);
  const resolveFacts = factResolver(shared.facts, problems);
  const areas = loadFocusAreas(root, shared, today, problems);
  const vision = loadLocalePair(
    root,
    ['vision'],
    visionFrontmatter,
    wordLimits.vision.text,
    problems,
  );
  const collaboration = loadLocalePair(
    root,
    ['collaboration'],
    collaborationFrontmatter,
    wordLimits.collaboration.text,
    problems,
  );
  // Unknown fact ids, reported against the file that lists them.
  for (const pair of [...Object.values(areas.texts), vision]) {
    for (const [locale, text] of Object.entries(pair) as [
      Locale,
      { fm: { facts: string[] }; file: string },
    ][]) {
      resolveFacts(text.fm.facts, text.file, 'facts', locale);
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  // Past this point every part exists; the checks above made sure of it.
  const { facts, partners, kit } = shared;
  if (!facts || !partners || !kit || !status) {
    throw new ContentError(['unreachable: shared files']);
  }

  const content = {} as Record<Locale, LocaleContent>;
  const linkTexts = {} as Record<Locale, LinkText>;
  const creditPrefixes = {} as Record<Locale, CreditPrefixes>;
  for (const locale of locales) {
    const v = vision[locale];
    const c = collaboration[locale];
    if (!v || !c) throw new ContentError(['unreachable: vision or collaboration']);
    linkTexts[locale] = c.fm.linkText;
    creditPrefixes[locale] = { illustrations: c.fm.credit.illustration, texts: c.fm.credit.text };
    content[locale] = assembleLocale(locale, {
      version: options.version ?? packageVersion(),
      kit,
      partners,
      areas,
      vision: v,
      collaboration: c,
      licenceLabel: sayStatus(status.status, status.words[locale], locale).licenceLabel,
      facts: (ids) => resolveFacts(ids, '', 'facts', locale),
    });
    // The published shape is checked too, so a bug in these files cannot ship malformed JSON.
    const check = localeContentSchema.safeParse(content[locale]);
    if (!check.success) {
      throw new ContentError(
        check.error.issues.map((i) => `json/${locale}.json: ${fieldName(i.path)}: ${i.message}`),
      );
    }
  }
  const illustrations = Object.fromEntries(
    focusAreaIds.map((areaId) => {
      const data = areas.illustrations[areaId];
      if (!data) throw new ContentError([`unreachable: ${areaId}`]);
      return [areaId, data];
    }),
  ) as Record<FocusAreaId, IllustrationData>;
  return {
    content,
    illustrations,
    svgs: areas.svgs as Record<FocusAreaId, string>,
    linkTexts,
    creditPrefixes,
    status,
  };
}
