// The linter's rules as the tone guide, the glossary and the status give them: what a generated
// pattern matches and what it leaves alone.
import { describe, expect, it } from 'vitest';
import { formPattern, namePattern } from '../src/rules/word-rule.ts';
import { toneGuideRules } from '../src/rules/tone-guide.ts';
import { nameRules } from '../src/rules/names.ts';
import { repositoryRoot } from '../src/run.ts';

const finds = (pattern: string, text: string) =>
  [...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => m[0]);

describe('the generated patterns', () => {
  it('find a form as a whole word, in any case and spacing, but not a mention in quotes', () => {
    const ni = formPattern('ni');
    expect(finds(ni, 'Här kan ni läsa. Ni får gärna.')).toEqual(['ni', 'Ni']);
    expect(finds(ni, 'På rätt nivå, i ”ni”-form och i "ni".')).toEqual([]);
    expect(finds(formPattern('er'), 'API:er och CDN:er')).toEqual([]);
    expect(finds(formPattern('npm:s CDN'), 'från npm:s\nCDN')).toEqual(['npm:s\nCDN']);
  });

  it('keep the capital of a form written with one (a title), any case after it', () => {
    const title = formPattern('Visa berättelsen på din webbplats');
    expect(finds(title, 'Visa Berättelsen på din webbplats')).toHaveLength(1);
    expect(finds(title, 'Du kan visa berättelsen på din webbplats.')).toEqual([]);
  });

  it('find a name spelled in any other case or spacing, but not the right spelling or an address', () => {
    const pattern = namePattern('Ljungby business arena', ['Ljungby business arena']);
    expect(finds(pattern, 'Ljungby Business Arena och LJUNGBY BUSINESS ARENA')).toHaveLength(2);
    expect(finds(pattern, 'Ljungby business arena, ljungbybusinessarena.se')).toEqual([]);
    const slash = namePattern('Lokal 16/Teater 16', ['Lokal 16/Teater 16']);
    expect(finds(slash, 'Lokal 16 / Teater 16 och Lokal 16/Teater 16')).toEqual([
      'Lokal 16 / Teater 16',
    ]);
  });
});

describe("the rules' sources", () => {
  it("read the tone guide's marked tables, each row a rule that says where it is written", () => {
    const { rules, tables } = toneGuideRules(repositoryRoot);
    expect(tables.map((t) => `${t.lang}:${t.scope}`).sort()).toEqual([
      'en:all',
      'en:communicators',
      'sv:all',
      'sv:communicators',
    ]);
    const du = rules.find((r) => r.id === 'tone/du');
    expect(du?.scope).toBe('all');
    expect(du?.from).toMatch(/guidelines\/sv\/ton-och-sprak\.md:\d+$/u);
    expect(rules.filter((r) => r.id === 'tone/jsdelivr').map((r) => r.lang)).toEqual(['sv', 'en']);
  });

  it('spell every partner as the municipality writes it, in both languages', () => {
    const ids = nameRules(repositoryRoot).map((r) => `${r.lang} ${r.id}`);
    expect(ids).toContain('sv names/Ljungby business arena');
    expect(ids).toContain('en names/Sagomuseet/Sagobygden');
    expect(ids).toContain('sv names/jsDelivr');
  });
});
