// The claims check: a text may state only what the content's own sources hold.
//   1. Every number in a text (digits, "35 000" with any kind of space, "28,305", "1,2 %",
//      both ends of "15–25", ordinals such as "3:e" and "3rd", and number words) must equal a
//      number in the value of a fact in content/facts.yaml, or a figure in content/kit.yaml (the
//      vision's goal and the population series).
//   2. Every name of a place or an organisation (a capitalised word that does not start a
//      sentence) must be in content/glossary.yaml, which gives each name its source.
// It reads the files itself, so that each message names the file and the line an author edits.
// Facts' labels are the facts' own words and are checked for names only; a fact's numbers are
// its value. Limits: a name that starts a sentence is not seen (find.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import { loadGlossary } from '../glossary.ts';
import { maskNames, namesIn, numbersIn } from './find.ts';
import { lineAt, markdownFiles, markdownSegments, yamlSegments, type Segment } from './segments.ts';

export const factsFile = 'content/facts.yaml';
export const kitFile = 'content/kit.yaml';
const partnersFile = 'content/partners.yaml';

/** The numbers that facts.yaml values and kit.yaml figures hold. */
export function allowedNumbers(root: string): Set<string> {
  const allowed = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'number') allowed.add(String(value));
    else if (typeof value === 'string') for (const n of numbersIn(value)) allowed.add(n.value);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  const read = (file: string): unknown => {
    const path = join(root, file);
    if (!existsSync(path)) return undefined;
    try {
      return YAML.parse(readFileSync(path, 'utf8'));
    } catch {
      return undefined; // the content loader reports broken YAML
    }
  };
  const facts = read(factsFile);
  if (facts && typeof facts === 'object') {
    for (const fact of Object.values(facts as Record<string, { value?: unknown }>)) add(fact.value);
  }
  const kit = read(kitFile) as
    { vision?: { goal?: unknown; population?: { points?: unknown } } } | undefined;
  add(kit?.vision?.goal);
  add(kit?.vision?.population?.points);
  return allowed;
}

/** Checks every text under content/; returns one message per problem (empty when all is well). */
export function checkClaims(root: string): string[] {
  const { glossary, problems } = loadGlossary(root);
  if (problems.length > 0) return problems;
  const allowed = allowedNumbers(root);
  const segments: Segment[] = [];
  const raws = new Map<string, string>();
  const read = (file: string): string | undefined => {
    const path = join(root, file);
    if (!existsSync(path)) return undefined;
    const raw = readFileSync(path, 'utf8');
    raws.set(file, raw);
    return raw;
  };

  for (const path of markdownFiles(join(root, 'content'))) {
    const file = relative(root, path).split('\\').join('/');
    const raw = read(file);
    if (raw === undefined) continue;
    const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u.exec(raw);
    const frontmatter = fm?.[1] ?? '';
    segments.push(
      ...yamlSegments(file, frontmatter, fm ? raw.indexOf(frontmatter) : 0, () => true),
    );
    segments.push(...markdownSegments(file, raw, fm ? fm[0].length : 0));
  }
  const partnersRaw = read(partnersFile);
  if (partnersRaw !== undefined) {
    segments.push(...yamlSegments(partnersFile, partnersRaw, 0, () => true));
    const data = YAML.parse(partnersRaw) as { partners?: Record<string, { name?: unknown }> };
    for (const [id, partner] of Object.entries(data.partners ?? {})) {
      if (typeof partner.name === 'string' && !glossary.names.includes(partner.name)) {
        problems.push(
          `${partnersFile}: partners.${id}.name "${partner.name}" is not in content/glossary.yaml; add the name there with its source`,
        );
      }
    }
  }
  const factsRaw = read(factsFile);
  if (factsRaw !== undefined) {
    segments.push(...yamlSegments(factsFile, factsRaw, 0, () => false));
  }

  for (const segment of segments) {
    const raw = raws.get(segment.file) ?? '';
    const region = raw.slice(segment.start, segment.end);
    let from = 0;
    const line = (found: string): number => {
      const at = region.indexOf(found, from);
      // Past this finding, so that the same number twice in one paragraph gets two lines.
      if (at >= 0) from = at + found.length;
      return lineAt(raw, segment.start + Math.max(at, 0));
    };
    const masked = maskNames(segment.text, glossary.names);
    const findings: { at: number; message: (line: number) => string; text: string }[] = [];
    if (segment.numbers) {
      for (const n of numbersIn(masked)) {
        if (allowed.has(n.value)) continue;
        findings.push({
          at: n.at,
          text: n.text,
          message: (l) =>
            `${segment.file}:${l}: the number "${n.text}" is not the value of any fact in ${factsFile} (nor a figure in ${kitFile}); add the fact with its source, or correct the number`,
        });
      }
    }
    for (const name of namesIn(masked)) {
      findings.push({
        at: name.at,
        text: name.text,
        message: (l) =>
          `${segment.file}:${l}: "${name.text}" looks like the name of a place or an organisation but is not in content/glossary.yaml; add it there with its source, or write it in lower case if it is not a name`,
      });
    }
    for (const f of findings.sort((a, b) => a.at - b.at)) problems.push(f.message(line(f.text)));
  }
  return problems;
}
