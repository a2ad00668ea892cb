// The kit's status, said once (content/status): the API gives today's sentence per topic, each
// field decides its own topics' words, the credit line follows the licence, and a wrong status
// file gets a message naming the file and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  currentStates,
  getKitStatus,
  kitStatus,
  statusTopics,
  type KitStatus,
  type StatusTopic,
} from '@ljungby/focus-content';
import { packageDir, plantedCopies, readJson, runBuildScript } from './helpers.ts';

const plant = plantedCopies();

/** Each field and the topics whose words it decides. */
const decides: Record<Exclude<keyof KitStatus, 'siteUrl' | 'codeUrl'>, StatusTopic[]> = {
  packagesPublished: ['packages', 'embed'],
  siteDeployed: ['site', 'embed'],
  licenceDecided: ['licence'],
  profileFound: ['profile'],
  codeHomeConfirmed: ['code'],
  adopted: ['adoption'],
  textApprover: ['approval'],
};

const flipped = (field: keyof typeof decides): KitStatus =>
  field === 'textApprover'
    ? { ...kitStatus, textApprover: kitStatus.textApprover ? null : 'Kommunikationsenheten' }
    : { ...kitStatus, [field]: !kitStatus[field] };

describe("the kit's status", () => {
  it('gives a sentence for every topic in both languages, from content/status', () => {
    for (const locale of ['sv', 'en'] as const) {
      const said = getKitStatus(locale);
      expect(Object.keys(said.say).sort()).toEqual([...statusTopics].sort());
      for (const sentence of Object.values(said.say)) expect(sentence).toMatch(/\p{L}.*[.!?]$/u);
      expect(said.say.site).toContain(kitStatus.siteUrl);
    }
  });

  for (const field of Object.keys(decides) as (keyof typeof decides)[]) {
    it(`${field}: flipping it changes the words of ${decides[field].join(' and ')} and nothing else`, () => {
      for (const locale of ['sv', 'en'] as const) {
        const before = getKitStatus(locale);
        const after = getKitStatus(locale, flipped(field));
        // The embed depends on two fields: with the packages published, the site no longer matters.
        const changed = statusTopics.filter((t) => before.say[t] !== after.say[t]);
        const expected = decides[field].filter(
          (t) => currentStates(kitStatus)[t] !== currentStates(flipped(field))[t],
        );
        expect(changed.sort()).toEqual(expected.sort());
        expect(expected.length).toBeGreaterThan(0);
        expect(getKitStatus(locale, kitStatus)).toEqual(before);
      }
    });
  }

  it('says the builder has working code once either the packages or the site are out', () => {
    const none = { ...kitStatus, packagesPublished: false, siteDeployed: false };
    expect(currentStates(none).embed).toBe('notYet');
    expect(currentStates({ ...none, siteDeployed: true }).embed).toBe('viaSite');
    expect(currentStates({ ...none, packagesPublished: true }).embed).toBe('ready');
  });

  it('puts the licence as the status has it into the credit line of the built content', () => {
    const copy = plant([
      [
        'content/status/status.yaml',
        `licenceDecided: ${String(kitStatus.licenceDecided)}`,
        `licenceDecided: ${String(!kitStatus.licenceDecided)}`,
      ],
    ]);
    expect(runBuildScript(copy.root, copy.root).status).toBe(0);
    const sv = readJson<{ license: { credit: string } }>(join(copy.root, 'dist/json/sv.json'));
    const flippedLabel = getKitStatus('sv', flipped('licenceDecided')).licenceLabel;
    expect(sv.license.credit).toBe(`Text och illustrationer: Ljungby kommun, ${flippedLabel}`);
    const status = readJson<{ status: KitStatus }>(join(copy.root, 'generated/status.json'));
    expect(status.status.licenceDecided).toBe(!kitStatus.licenceDecided);
  });

  it('refuses a status file with a wrong field, naming the file and the field', () => {
    const copy = plant([
      ['content/status/status.yaml', /packagesPublished: \w+/u, 'packagesPublished: kanske'],
      [
        'content/status/en.yaml',
        / {2}unpublished:\n {4}say: .*\n/u,
        '  unpublished:\n    say: ""\n',
      ],
    ]);
    const result = runBuildScript(copy.root, copy.root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/status/status.yaml: packagesPublished is "kanske"');
    expect(result.output).toContain('content/status/en.yaml: packages.unpublished.say');
  });

  it('keeps the status out of json/<locale>.json, which the embed fetches', () => {
    const json = readFileSync(join(packageDir, 'dist/json/sv.json'), 'utf8');
    expect(json).not.toContain(getKitStatus('sv').say.packages);
  });
});
