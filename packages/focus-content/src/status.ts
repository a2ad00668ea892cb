// The kit's status: what is true today (content/status/status.yaml) and the words for each state
// (content/status/<locale>.yaml). One place; the site, the READMEs, the media kit and
// publiccode.yml render their sentences about the kit's status from it.
import type { Locale } from './types.ts';

/** What is true about the kit today. */
export interface KitStatus {
  /** The packages are published on npm under the `@ljungby` scope. */
  packagesPublished: boolean;
  /** The partner site is published, at `siteUrl`. */
  siteDeployed: boolean;
  /** The partner site's address, where it is or will be. */
  siteUrl: string;
  /** The municipality has decided the licence of the texts and illustrations. */
  licenceDecided: boolean;
  /** The kit has found the municipality's graphic profile in a public source. */
  profileFound: boolean;
  /** The municipality has confirmed the code's home (the GitHub account and the npm scope). */
  codeHomeConfirmed: boolean;
  /** The code's home, where it is or will be. */
  codeUrl: string;
  /** The municipality has decided that the kit is the material its partners share. */
  adopted: boolean;
  /** Who approves the texts for the municipality; `null` until someone is named. */
  textApprover: string | null;
}

/** Each topic a status sentence is about, and its states. */
export const statusStates = {
  packages: ['published', 'unpublished'],
  embed: ['ready', 'viaSite', 'notYet'],
  site: ['deployed', 'notDeployed'],
  licence: ['decided', 'proposed'],
  profile: ['found', 'notFound'],
  code: ['confirmed', 'unconfirmed'],
  adoption: ['adopted', 'proposal'],
  approval: ['named', 'open'],
} as const;

export type StatusTopic = keyof typeof statusStates;
export const statusTopics = Object.keys(statusStates) as StatusTopic[];

/** The words of one state: its sentence, and the words that claim it. */
export interface StatusState {
  say: string;
  /** The licence's few words in a credit line: `föreslagen licens CC BY 4.0`. */
  label?: string;
  /** Words that say this state holds; the word check refuses them while it does not. */
  claims?: string[];
}

/** One locale's words for every state of every topic. */
export type StatusWords = { title: string } & {
  [T in StatusTopic]: Record<(typeof statusStates)[T][number], StatusState> & { never?: string[] };
};

/** Which state each topic is in. */
export function currentStates(status: KitStatus): { [T in StatusTopic]: string } {
  return {
    packages: status.packagesPublished ? 'published' : 'unpublished',
    // Until the packages are on npm, a pasted embed can load from the site's own copy.
    embed: status.packagesPublished ? 'ready' : status.siteDeployed ? 'viaSite' : 'notYet',
    site: status.siteDeployed ? 'deployed' : 'notDeployed',
    licence: status.licenceDecided ? 'decided' : 'proposed',
    profile: status.profileFound ? 'found' : 'notFound',
    code: status.codeHomeConfirmed ? 'confirmed' : 'unconfirmed',
    adoption: status.adopted ? 'adopted' : 'proposal',
    approval: status.textApprover ? 'named' : 'open',
  };
}

/** The kit's status with today's sentence for each topic, in one locale. */
export interface KitStatusSaid extends KitStatus {
  locale: Locale;
  /** The heading over the sentences: `Läget i dag`. */
  title: string;
  say: Record<StatusTopic, string>;
  /** The licence's words in a credit line: `CC BY 4.0`, or `föreslagen licens CC BY 4.0`. */
  licenceLabel: string;
}

/** Fills `{site}`, `{code}` and `{approver}` in a sentence. */
export function fillStatus(sentence: string, status: KitStatus): string {
  return sentence
    .replace(/\{site\}/gu, status.siteUrl)
    .replace(/\{code\}/gu, status.codeUrl)
    .replace(/\{approver\}/gu, status.textApprover ?? '');
}

/** The sentences for a status, from one locale's words. */
export function sayStatus(status: KitStatus, words: StatusWords, locale: Locale): KitStatusSaid {
  const states = currentStates(status);
  const stateOf = (topic: StatusTopic): StatusState =>
    (words[topic] as unknown as Record<string, StatusState>)[states[topic]] as StatusState;
  const say = Object.fromEntries(
    statusTopics.map((topic) => [topic, fillStatus(stateOf(topic).say, status)]),
  ) as Record<StatusTopic, string>;
  return {
    ...status,
    locale,
    title: words.title,
    say,
    licenceLabel: stateOf('licence').label ?? '',
  };
}
