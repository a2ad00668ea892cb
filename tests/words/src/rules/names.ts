// The names a text may use: the story's own (content/glossary.yaml, the focus areas' names), the
// kit's components, and the products and abbreviations of terms.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollaboration, getFocusAreas } from '@ljungby/focus-content';
import YAML from 'yaml';
import { components } from '../../../../packages/ui-components/scripts/components.ts';
import { locales, type Locale } from '../segment.ts';
import { namePattern, type WordRule } from './word-rule.ts';

const glossaryFile = 'packages/focus-content/content/glossary.yaml';
const partnersFile = 'packages/focus-content/content/partners.yaml';

export const termsFile = 'tests/words/terms.yaml';

export interface Terms {
  /** Software, services, standards and formats, each with its home page. */
  products: Record<string, string>;
  /** Abbreviations and what they stand for. */
  abbreviations: Record<string, string>;
}

export function readTerms(root: string): Terms {
  const data = YAML.parse(readFileSync(join(root, termsFile), 'utf8')) as Partial<Terms>;
  return { products: data.products ?? {}, abbreviations: data.abbreviations ?? {} };
}

export interface KnownNames {
  /** Every spelling a text may use, longest first so that "Hylte kommun" wins over "Hylte". */
  names: string[];
  /** The names that hold digits ("CC BY 4.0"), masked before numbers are read. */
  namesWithDigits: string[];
  /** Product names, which may carry a version ("Node 24"). */
  products: string[];
}

export function knownNames(root: string, glossaryNames: readonly string[]): KnownNames {
  const terms = readTerms(root);
  const products = Object.keys(terms.products);
  const areaNames = locales.flatMap((locale) => getFocusAreas(locale).map((a) => a.name));
  // Fixed phrases that are names of their own: the partner line, the sources' titles.
  const phrases = locales.flatMap((locale) => {
    const c = getCollaboration(locale);
    return [c.partnerLine, c.source.title.split(': ').at(-1) ?? ''];
  });
  const names = new Set([
    ...glossaryNames,
    ...products,
    ...Object.keys(terms.abbreviations),
    ...areaNames,
    ...phrases,
    ...components,
  ]);
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return { names: sorted, namesWithDigits: sorted.filter((n) => /\d/u.test(n)), products };
}

/**
 * Whether a name is worth a letter-for-letter rule: a partner's name always; another name when
 * its spelling is not just a capital letter on an ordinary word ("WordPress", "Ljungby kommun",
 * "jsDelivr"), since "Word" or "Vite" in any case would be a word of its own.
 */
const spelledSpecially = (name: string) =>
  /\s|\//u.test(name) || name !== name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();

/** Letter-for-letter rules for partners, the glossary's names and the products. */
export function nameRules(root: string): WordRule[] {
  const rules: WordRule[] = [];
  const partners = YAML.parse(readFileSync(join(root, partnersFile), 'utf8')) as {
    partners: Record<string, { name: string }>;
  };
  const glossary = YAML.parse(readFileSync(join(root, glossaryFile), 'utf8')) as Record<
    string,
    { sv: string; en: string; forms?: string[] }
  >;
  const terms = readTerms(root);
  const add = (name: string, right: string[], lang: Locale, from: string, why: string) => {
    rules.push({
      id: `names/${name}`,
      lang,
      scope: 'all',
      patterns: [namePattern(name, right)],
      better: `${right[0] ?? name} (${why})`,
      from,
    });
  };
  for (const lang of locales) {
    const partnerNames = new Set(Object.values(partners.partners).map((p) => p.name));
    for (const name of partnerNames) {
      add(name, [name], lang, partnersFile, 'as the municipality writes it');
    }
    for (const entry of Object.values(glossary)) {
      const own = entry[lang];
      if (partnerNames.has(own)) continue;
      const right = [own, ...(entry.forms ?? [])];
      // Swedish "Unesco", English "UNESCO": the other language's spelling is wrong here.
      const byCase = entry.sv !== entry.en && entry.sv.toLowerCase() === entry.en.toLowerCase();
      if (spelledSpecially(own) || byCase) add(own, right, lang, glossaryFile, 'in the glossary');
    }
    for (const name of Object.keys(terms.products).filter(spelledSpecially)) {
      add(name, [name], lang, termsFile, 'as its makers write it');
    }
  }
  return rules;
}
