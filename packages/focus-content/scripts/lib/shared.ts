// The files every locale shares: facts.yaml (checked figures), partners.yaml and kit.yaml
// (sources and the population figures), and how facts and partners are looked up from them.
import type { z } from 'zod';
import type { Fact, FocusAreaId, Locale, Partner } from '../../src/types.ts';
import { factsFile, kitFile, partnersFile } from './authoring.ts';
import { checkPlaceholders } from './checks.ts';
import { contentFile, readYaml } from './files.ts';
import { parseWith, type Problems } from './problems.ts';
import { keepNumbersTogether } from './text.ts';

export const factsPath = contentFile('facts.yaml');
export const partnersPath = contentFile('partners.yaml');
export const kitPath = contentFile('kit.yaml');

export interface SharedFiles {
  facts?: z.infer<typeof factsFile>;
  partners?: z.infer<typeof partnersFile>;
  kit?: z.infer<typeof kitFile>;
}

export function loadShared(root: string, problems: Problems): SharedFiles {
  const read = <S extends z.ZodType>(schema: S, file: string): z.infer<S> | undefined => {
    const data = readYaml(root, file, problems);
    if (data !== undefined) checkPlaceholders(data, file, problems);
    return parseWith(schema, data, file, problems);
  };
  return {
    facts: read(factsFile, factsPath),
    partners: read(partnersFile, partnersPath),
    kit: read(kitFile, kitPath),
  };
}

/** Looks up fact ids in one locale; unknown ids are reported against `file: field[i]`. */
export function factResolver(facts: SharedFiles['facts'], problems: Problems) {
  const factFor = (factId: string, locale: Locale): Fact | undefined => {
    const f = facts?.[factId];
    if (!f) return undefined;
    const value = typeof f.value === 'object' ? f.value[locale] : String(f.value);
    return {
      id: factId,
      value: keepNumbersTogether(value),
      label: keepNumbersTogether(f.label[locale]),
      source: f.source,
      checked: f.checked,
    };
  };
  return (ids: string[], file: string, field: string, locale: Locale): Fact[] =>
    ids.flatMap((factId, i) => {
      const fact = factFor(factId, locale);
      if (!fact && facts) {
        problems.push(
          `${file}: ${field}[${i}] "${factId}" is not a fact id in ${factsPath}; known ids: ${Object.keys(facts).join(', ')}`,
        );
      }
      return fact ? [fact] : [];
    });
}

/** Every partner in one locale, with the focus areas that list it. */
export function partnersIn(
  data: NonNullable<SharedFiles['partners']>,
  areasOf: Map<string, FocusAreaId[]>,
  locale: Locale,
): Partner[] {
  return Object.entries(data.partners).map(([partnerId, p]) => ({
    id: partnerId,
    name: p.name,
    kind: p.kind,
    kindLabel: data.kinds[p.kind]?.[locale] ?? p.kind,
    description: keepNumbersTogether(p.description[locale]),
    website: p.website,
    focusAreas: areasOf.get(partnerId) ?? [],
  }));
}
