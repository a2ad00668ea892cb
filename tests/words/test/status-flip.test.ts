// The kit's status, flipped field by field in a copy of the repository: the word check finds
// exactly the copies whose words that field decides (the status blocks of the READMEs, the
// guideline pages and DECISIONS.md, publiccode.yml), refresh:copies writes the new words, the
// builder, the read-me and the credit line follow, and flipping back restores every file byte for
// byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSnippet } from '@ljungby/embed-widget';
import {
  currentStates,
  getContent,
  statusTopics,
  type KitStatus,
  type StatusTopic,
} from '@ljungby/focus-content';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultChoices,
  siteCopy,
  toSnippetOptions,
} from '../../../apps/site/src/components/builder/state.ts';
import { readMeText } from '../../../packages/media-kit/scripts/readme.ts';
import { subjectOf } from '../../../packages/media-kit/src/subject.ts';
import { checkCopies } from '../src/checks/copies.ts';
import { copies } from '../src/copies.ts';
import { readSources } from '../src/read/files.ts';
import type { ReadFile } from '../src/segment.ts';
import { publiccodeFile, publiccodeLicence } from '../src/copies/publiccode.ts';
import { statusBlocksOf } from '../src/copies/status-blocks.ts';
import { statusDir, statusSaid } from '../src/rules/status.ts';
import { repositoryRoot } from '../src/run.ts';
import { repoCopy, type RepoCopy } from './support.ts';

const statusFile = `${statusDir}/status.yaml`;
/** The topics publiccode.yml's status paragraph says. */
const publiccodeTopics: StatusTopic[] = ['adoption', 'licence', 'profile', 'packages', 'code'];

/** The copies the status decides; the others (from the content) do not change here. */
const statusCopies = copies.filter((c) => c.fromStatus);

let repo: RepoCopy;
let reading: ReadFile[];
let original: string;
let today: KitStatus;
const committed = new Map<string, string>();

beforeAll(() => {
  repo = repoCopy();
  original = repo.read(statusFile);
  today = YAML.parse(original) as KitStatus;
  // Which files hold status blocks does not change with a flip: read the sources once.
  reading = readSources(repo.root).files;
  for (const copy of statusCopies) {
    for (const { path } of copy.files(reading)) committed.set(path, repo.read(path));
  }
});
afterAll(() => {
  repo.remove();
});

/** Writes a status into the copy's status.yaml, keeping its comments; today's as it was. */
function writeStatus(status: KitStatus) {
  const doc = YAML.parseDocument(original);
  for (const [key, value] of Object.entries(status)) doc.set(key, value);
  writeFileSync(join(repo.root, statusFile), status === today ? original : doc.toString());
}

/** What refresh:copies does, in the copy. */
async function refresh() {
  for (const copy of statusCopies) {
    for (const { path } of copy.files(reading)) {
      const text = await copy.render(repo.root, path, repo.read(path));
      writeFileSync(join(repo.root, path), text);
    }
  }
}

const flipped = (field: keyof KitStatus): KitStatus => {
  if (field === 'textApprover') {
    return { ...today, textApprover: today.textApprover ? null : 'Kommunikationsenheten' };
  }
  return { ...today, [field]: !today[field] };
};

/** Every field of status.yaml that says a state (the addresses only fill sentences in). */
const fields = Object.keys(
  YAML.parse(readFileSync(join(repositoryRoot, statusFile), 'utf8')) as KitStatus,
).filter((f): f is Exclude<keyof KitStatus, 'siteUrl' | 'codeUrl'> => !f.endsWith('Url'));

describe("flipping each field of the kit's status", () => {
  for (const field of fields) {
    it(`${field}: every word it decides follows, and flipping back restores every file`, async () => {
      const after = flipped(field);
      const changed = statusTopics.filter(
        (t) => currentStates(today)[t] !== currentStates(after)[t],
      );
      const touches = (topics: string[]) =>
        topics.some(
          (t) =>
            (changed as string[]).includes(t) || (t === 'credit' && changed.includes('licence')),
        );
      const expected = [...committed]
        .filter(([path, text]) =>
          path === publiccodeFile
            ? touches(publiccodeTopics) || field === 'licenceDecided'
            : statusBlocksOf(text).some((b) => touches(b.topics)),
        )
        .map(([path]) => path)
        .sort();
      expect(expected.length).toBeGreaterThan(0);

      // The check finds every stale copy, and only those.
      writeStatus(after);
      const stale = [
        ...new Set((await checkCopies(repo.root, reading, statusCopies)).map((f) => f.file)),
      ].sort();
      expect(stale).toEqual(expected);

      // refresh:copies writes the new words into every block that names a changed topic.
      await refresh();
      expect(await checkCopies(repo.root, reading, statusCopies)).toEqual([]);
      for (const path of expected.filter((p) => p !== publiccodeFile)) {
        for (const block of statusBlocksOf(repo.read(path))) {
          const said = statusSaid(repo.root, after, block.lang);
          for (const t of block.topics) {
            if ((changed as string[]).includes(t)) {
              expect(block.words, `${path}: ${t}`).toContain(said.say[t as StatusTopic]);
            }
            if (t === 'credit') expect(block.words, path).toContain(said.licenceLabel);
          }
        }
      }
      const publiccode = repo.read(publiccodeFile);
      expect(publiccode).toContain(`license: ${publiccodeLicence(after)}`);

      // The builder, the read-me and the credit line say the same status.
      for (const lang of ['sv', 'en'] as const) {
        const said = statusSaid(repo.root, after, lang);
        const snippet = createSnippet(toSnippetOptions(defaultChoices(lang), siteCopy(after)));
        const viaSite = currentStates(after).embed === 'viaSite';
        expect(snippet.includes(after.siteUrl)).toBe(viaSite);
        const readMe = readMeText(subjectOf('vatten', lang), getContent(lang), [], said);
        expect(readMe).toContain(said.say.licence);
        if (viaSite) expect(said.say.embed).not.toBe(statusSaid(repo.root, today, lang).say.embed);
      }

      // Flipping back: the check finds the same copies stale, and refreshing restores them.
      writeStatus(today);
      expect(
        [
          ...new Set((await checkCopies(repo.root, reading, statusCopies)).map((f) => f.file)),
        ].sort(),
      ).toEqual(expected);
      await refresh();
      for (const [path, text] of committed) expect(repo.read(path), path).toBe(text);
      expect(readFileSync(join(repo.root, statusFile), 'utf8')).toBe(original);
    });
  }
});
