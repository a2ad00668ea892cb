// The prose linter: textlint with textlint-rule-prh, its dictionary generated from the rules (the
// tone guide's tables, the names, the kit's status), never typed twice. Each file's segments of
// one language go through textlint as one plain text, a blank line apart; each finding is traced
// back to its segment, its file and its line.
import { TextlintKernel } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import prhRule from 'textlint-rule-prh';
import type { TextlintPluginCreator, TextlintRuleModule } from '@textlint/types';
import YAML from 'yaml';
import type { Fault } from '../fault.ts';
import { lineAt, offsetInFile, type Locale, type ReadFile, type Segment } from '../segment.ts';
import type { WordRule } from '../rules/word-rule.ts';

/** The rules as a prh dictionary; `prh` carries the rule's id to find it again. */
export function prhDictionary(rules: readonly WordRule[]): string {
  return YAML.stringify({
    version: 1,
    rules: rules.map((rule, i) => ({
      expected: rule.better,
      patterns: rule.patterns.map((p) => `/${p}/`),
      prh: String(i),
    })),
  });
}

const kernel = new TextlintKernel();

// Both are CommonJS modules compiled from ES modules: Node hands over their `default` wrapped.
const unwrap = <T>(m: unknown): T => ((m as { default?: T }).default ?? m) as T;
const prh = unwrap<TextlintRuleModule>(prhRule);
const text = unwrap<TextlintPluginCreator>(textPlugin);

/** Segments joined by blank lines, with the offset each starts at in the joined text. */
function joined(segments: readonly Segment[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  // The text plugin reads each line as a paragraph of its own: a segment goes on one line (the
  // same length, so that offsets still point into the segment), so a phrase may span its lines.
  const parts = segments.map((s) => {
    starts.push(at);
    const text = s.text.replace(/\n/gu, ' ');
    at += text.length + 2;
    return text;
  });
  return { text: parts.join('\n\n'), starts };
}

export interface ToneOptions {
  rules: readonly WordRule[];
  /** Which segments a rule set skips: the tone guide's own tables, the status files. */
  exempt?: (segment: Segment, rule: WordRule) => boolean;
}

export async function checkTone(
  files: readonly ReadFile[],
  options: ToneOptions,
): Promise<Fault[]> {
  const faults: Fault[] = [];
  const rulesFor = (lang: Locale, communicators: boolean) =>
    options.rules.filter((r) => r.lang === lang && (r.scope === 'all' || communicators));
  const dictionaries = new Map<string, { rules: WordRule[]; yaml: string }>();
  for (const file of files) {
    for (const lang of ['sv', 'en'] as const) {
      const segments = file.segments.filter((s) => s.lang === lang);
      if (segments.length === 0) continue;
      const key = `${lang}:${file.source.audience}`;
      let dictionary = dictionaries.get(key);
      if (!dictionary) {
        const rules = rulesFor(lang, file.source.audience === 'communicators');
        dictionary = { rules, yaml: prhDictionary(rules) };
        dictionaries.set(key, dictionary);
      }
      const { text: all, starts } = joined(segments);
      const result = await kernel.lintText(all, {
        ext: '.txt',
        filePath: `${file.path}.txt`,
        plugins: [{ pluginId: 'text', plugin: text }],
        rules: [{ ruleId: 'prh', rule: prh, options: { ruleContents: [dictionary.yaml] } }],
        filterRules: [],
      });
      for (const message of result.messages) {
        const [found = '', rest = ''] = message.message.split(' => ');
        const rule = dictionary.rules[Number(rest.split('\n').at(-1))];
        if (!rule) continue;
        const [from] = message.range;
        let i = starts.length - 1;
        while (i > 0 && (starts[i] ?? 0) > from) i -= 1;
        const segment = segments[i];
        if (!segment || options.exempt?.(segment, rule)) continue;
        const at = from - (starts[i] ?? 0);
        faults.push({
          file: file.path,
          line: lineAt(file.raw, offsetInFile(file.raw, segment, at, found)),
          rule: rule.id,
          message: `"${found}" (${rule.from})`,
          better: rule.better,
        });
      }
    }
  }
  return faults;
}
