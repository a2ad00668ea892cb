// Rules from the kit's status: while a state does not hold, the words that claim it are refused
// everywhere (the status files themselves, which hold every state's words, are left out), and
// the better wording is today's sentence.
import {
  currentStates,
  sayStatus,
  statusStates,
  type KitStatus,
  type KitStatusSaid,
  type Locale,
  type StatusTopic,
  type StatusWords,
} from '@ljungby/focus-content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { locales } from '../segment.ts';
import { formPattern, type WordRule } from './word-rule.ts';

export const statusDir = 'packages/focus-content/content/status';

interface TopicWords {
  never?: string[];
  [state: string]: { claims?: string[] } | string[] | undefined;
}

/** Today's status as the repository says it (so a copy with a flipped field is read as such). */
export const readStatus = (root: string): KitStatus =>
  YAML.parse(readFileSync(join(root, statusDir, 'status.yaml'), 'utf8')) as KitStatus;

/** One language's status words as the repository has them (the content build checks them). */
export const readStatusWords = (root: string, lang: Locale): StatusWords =>
  YAML.parse(readFileSync(join(root, statusDir, `${lang}.yaml`), 'utf8')) as StatusWords;

/** The sentences for `status` in `lang`, from the repository's words. */
export const statusSaid = (root: string, status: KitStatus, lang: Locale): KitStatusSaid =>
  sayStatus(status, readStatusWords(root, lang), lang);

export function statusRules(root: string): WordRule[] {
  const rules: WordRule[] = [];
  const facts = readStatus(root);
  for (const lang of locales) {
    const words = readStatusWords(root, lang) as unknown as Record<string, TopicWords>;
    const said = statusSaid(root, facts, lang);
    const now = currentStates(said);
    for (const topic of Object.keys(statusStates) as StatusTopic[]) {
      const t = words[topic] ?? {};
      const wrong = [
        ...(t.never ?? []),
        ...statusStates[topic]
          .filter((state) => state !== now[topic])
          .flatMap((state) => (t[state] as { claims?: string[] } | undefined)?.claims ?? []),
      ];
      if (wrong.length === 0) continue;
      rules.push({
        id: `status/${topic}`,
        lang,
        scope: 'all',
        patterns: wrong.map(formPattern),
        better: said.say[topic],
        from: `${statusDir}/status.yaml`,
      });
    }
  }
  return rules;
}
