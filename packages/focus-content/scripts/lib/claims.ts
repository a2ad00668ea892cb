// The claims check: a text may state only what the content's own sources hold.
//   1. Every number in a text (digits, "35 000" with any kind of space, "28,305", "1,2 %",
//      both ends of "15–25", ordinals such as "3:e" and "3rd", and the number words below)
//      must equal a number in the value of a fact in content/facts.yaml, or a figure in
//      content/kit.yaml (the vision's goal and the population series).
//   2. Every name of a place or an organisation (a capitalised word that does not start a
//      sentence) must be in content/glossary.yaml, which gives each name its source.
// It reads the files itself, so that each message names the file and the line an author edits.
// Facts' labels are the facts' own words and are checked for names only; a fact's numbers are
// its value. Limits: a name that starts a sentence is not seen, and "en/ett/one", "första/first"
// and "andra/second" are not read as numbers (they are mostly articles and ordinary words).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import YAML, { isMap, isScalar, isSeq, type Node } from 'yaml';
import { loadGlossary } from './glossary.ts';

const factsFile = 'content/facts.yaml';
const kitFile = 'content/kit.yaml';
const partnersFile = 'content/partners.yaml';

/** Number words a text may use instead of digits, with their values. */
const numberWords: Record<string, number> = {
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  tjugo: 20,
  tvåa: 2,
  trea: 3,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sjätte: 6,
  sjunde: 7,
  åttonde: 8,
  nionde: 9,
  tionde: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Capitalised words that are not names of places or organisations (English capitalises them). */
const notNames = new Set([
  'I',
  ...'January February March April May June July August September October November December'.split(
    ' ',
  ),
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  'Swedish',
  'English',
  'German',
]);

// Digits, grouped by a space of any kind or by an English comma, with an optional decimal part
// and an optional ordinal ending; not part of a word such as "E4".
const numberPattern =
  /(?<![\p{L}\p{N}_])(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}|,\d{3})+|\d+)(?:[.,](\d+))?(?::[ea]|st|nd|rd|th)?(?![\p{L}\p{N}])/gu;
const wordPattern = /\p{L}[\p{L}\p{M}]*/gu;

export interface Found {
  text: string;
  /** Offset of the found text in the segment. */
  at: number;
}

/** The numbers a text states, as canonical strings ("28305", "1.2"). */
export function numbersIn(text: string): (Found & { value: string })[] {
  const out: (Found & { value: string })[] = [];
  for (const m of text.matchAll(numberPattern)) {
    const whole = (m[1] ?? '').replace(/[ \u00a0\u202f\u2009,]/gu, '');
    out.push({ text: m[0], at: m.index, value: String(Number(`${whole}.${m[2] ?? '0'}`)) });
  }
  for (const m of text.matchAll(wordPattern)) {
    const value = numberWords[m[0].toLowerCase()];
    if (value !== undefined) out.push({ text: m[0], at: m.index, value: String(value) });
  }
  return out.sort((a, b) => a.at - b.at);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}

/** Blanks out every glossary name (with a genitive s), keeping offsets and sentence marks. */
export function maskNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escape(name)}(?:s|'s|’s)?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    out = out.replace(pattern, (m) => m.replace(/[^\s]/gu, '_'));
  }
  return out;
}

/** Capitalised words that do not start a sentence: names the glossary must know. */
export function namesIn(masked: string): Found[] {
  const out: Found[] = [];
  for (const m of masked.matchAll(wordPattern)) {
    const word = m[0];
    if (!/^\p{Lu}/u.test(word) || notNames.has(word)) continue;
    // Step back over spaces, quotes, brackets and Markdown marks to the previous sign.
    let i = m.index - 1;
    while (i >= 0 && /[\s"'“”‘’(*#[]/u.test(masked[i] ?? '')) i -= 1;
    const before = i < 0 ? '' : (masked[i] ?? '');
    // A quotation starts a sentence of its own: the line "In collaboration with …".
    const quoted = /["“”‘’']/u.test(masked[m.index - 1] ?? '');
    const startsSentence = quoted || before === '' || /[.!?:]/u.test(before);
    if (!startsSentence) out.push({ text: word, at: m.index });
  }
  return out;
}

interface Segment {
  file: string;
  /** The text as a reader sees it. */
  text: string;
  /** Where the text lies in the file, to find the line of something in it. */
  start: number;
  end: number;
  numbers: boolean;
}

function lineAt(raw: string, offset: number): number {
  return raw.slice(0, offset).split('\n').length;
}

/** Strings of a YAML document that are prose: not ids, addresses, dates or source titles. */
function yamlSegments(
  file: string,
  source: string,
  offset: number,
  numbers: (keys: string[]) => boolean,
): Segment[] {
  const doc = YAML.parseDocument(source);
  if (doc.errors.length > 0) return [];
  const out: Segment[] = [];
  const skip = new Set(['url', 'src', 'expires', 'checked', 'status', 'website', 'source']);
  const walk = (node: Node | null | undefined, keys: string[]) => {
    if (!node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!skip.has(key)) walk(pair.value as Node, [...keys, key]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node, keys);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(node.value)) return; // an id
      out.push({
        file,
        text: node.value,
        start: offset + node.range[0],
        end: offset + node.range[1],
        numbers: numbers(keys),
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

/** The Markdown body as one segment per block, heading or list item (each starts a sentence). */
function markdownSegments(file: string, raw: string, bodyStart: number): Segment[] {
  const out: Segment[] = [];
  const body = raw.slice(bodyStart);
  const piece =
    /(?:^|\n)(?:#{1,6} |[-*] |\d+\. )?([^\n]+(?:\n(?!\s*\n|#{1,6} |[-*] |\d+\. )[^\n]+)*)/gu;
  for (const m of body.matchAll(piece)) {
    const text = (m[1] ?? '').replace(/\]\([^)]*\)/gu, (link) => `]${' '.repeat(link.length - 1)}`);
    const start = bodyStart + m.index + m[0].length - (m[1] ?? '').length;
    out.push({ file, text, start, end: start + text.length, numbers: true });
  }
  return out;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith('.md') ? [path] : [];
    });
}

/** The numbers that facts.yaml values and kit.yaml figures hold. */
function allowedNumbers(root: string): Set<string> {
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
      if (at >= 0) from = at;
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
