// The claims check: every number is a fact's value, every name of a place or an organisation
// is in the glossary. Each case plants one mistake in a copy of the real content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../scripts/lib/claims/check.ts';
import { maskNames, namesIn, numbersIn } from '../scripts/lib/claims/find.ts';
import { packageDir, plantedCopies, runBuildScript, type Edit } from './helpers.ts';

const plant = plantedCopies();
const claimsAfter = (edits: readonly Edit[]) => checkClaims(plant(edits).root);

const vattenSv = 'content/focus-areas/vatten/sv.md';

describe('the claims check', () => {
  it('accepts the real content', () => {
    expect(checkClaims(packageDir)).toEqual([]);
  });

  it('fails the build on a planted false number, naming file, line and number', () => {
    const copy = plant([[vattenSv, 'ägs av 17 kommuner', 'ägs av 18 kommuner']]);
    const result = runBuildScript(copy.root, copy.root);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /content\/focus-areas\/vatten\/sv\.md:\d+: the number "18" is not the value of any fact in content\/facts\.yaml/u,
    );
    const line = Number(/sv\.md:(\d+): the number "18"/u.exec(result.output)?.[1]);
    const lines = readFileSync(join(copy.root, vattenSv), 'utf8').split('\n');
    expect(lines[line - 1]).toContain('18 kommuner');
  });

  it('fails the build on an unknown organisation', () => {
    const copy = plant([
      [vattenSv, 'Sydvatten AB är ett bolag', 'Sydvatten AB och Bolmenbolaget Nord är bolag'],
    ]);
    const result = runBuildScript(copy.root, copy.root);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /content\/focus-areas\/vatten\/sv\.md:\d+: "Bolmenbolaget" looks like the name of a place or an organisation but is not in content\/glossary\.yaml/u,
    );
    expect(result.output).toContain('"Nord" looks like the name');
  });

  it('reads numbers with any space, ranges, decimals, ordinals and number words', () => {
    const values = (t: string) => numbersIn(t).map((n) => n.value);
    expect(values('35 000, 35\u00a0000, 35\u202f000 och 35,000')).toEqual([
      '35000',
      '35000',
      '35000',
      '35000',
    ]);
    expect(values('15–25 år, 1,2 % och 1.5')).toEqual(['15', '25', '1.2', '1.5']);
    expect(values('3:e plats, the 3rd, tionde största, third, åtta mil')).toEqual([
      '3',
      '3',
      '10',
      '3',
      '8',
    ]);
    // Digits inside a word are part of a name, not a figure.
    expect(values('E4 och H2O')).toEqual([]);
  });

  it('refuses a number that is in no fact, in any form', () => {
    const problems = claimsAfter([[vattenSv, 'åtta mil lång', 'nio mil lång']]);
    expect(problems.join('\n')).toMatch(/vatten\/sv\.md:\d+: the number "nio"/u);
  });

  it('masks names with a genitive, so that "Lokal 16" and "Sveriges" pass', () => {
    const masked = maskNames('Sveriges största, Lokal 16 och Ljungby kommuns vision', [
      'Ljungby kommun',
      'Lokal 16',
      'Sverige',
    ]);
    expect(numbersIn(masked)).toEqual([]);
    expect(namesIn(masked)).toEqual([]);
  });

  it('sees a name in the middle of a sentence but not a sentence start or a quotation', () => {
    expect(namesIn('Kommunen arbetar med Grannbyn. Det är bra.').map((n) => n.text)).toEqual([
      'Grannbyn',
    ]);
    expect(namesIn('Use the line "In collaboration with".').map((n) => n.text)).toEqual([]);
  });

  it('checks that every partner name is in the glossary', () => {
    const problems = claimsAfter([
      ['content/partners.yaml', 'name: Företagarna\n', 'name: Företagarna i Småland\n'],
    ]);
    expect(problems).toContain(
      'content/partners.yaml: partners.foretagarna.name "Företagarna i Småland" is not in content/glossary.yaml; add the name there with its source',
    );
  });

  it('validates the glossary with a schema', () => {
    const problems = claimsAfter([
      ['content/glossary.yaml', /(tiraholm:\n(?:.*\n)*?) {2}kind: place\n/u, '$1  kind: village\n'],
    ]);
    expect(problems).toEqual([
      'content/glossary.yaml: tiraholm.kind: expected one of place, organisation, project, event, document, licence',
    ]);
  });

  it('requires a source for every glossary name', () => {
    const problems = claimsAfter([
      [
        'content/glossary.yaml',
        /(gislaved:\n(?:.*\n)*?) {2}source:\n {4}title: .*\n {4}url: .*\n/u,
        '$1',
      ],
    ]);
    expect(problems.join('\n')).toContain('content/glossary.yaml: gislaved.source:');
  });
});
