// Complete English: every Swedish section has its English counterpart. Compares the heading
// outline (levels, and the numbers of numbered headings) of each sv/en pair of Markdown files a
// partner reads: the content texts, the partner site's guideline pages and DECISIONS.md.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type Tokens } from 'marked';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { packageDir, published } from './helpers.ts';

const repo = join(packageDir, '..', '..');
const guidelines = join(repo, 'apps', 'site', 'src', 'content', 'guidelines');
/** The guideline pages, by their Swedish files; the site's build holds the agreed list of slugs. */
const mdFiles = (locale: string) =>
  readdirSync(join(guidelines, locale))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/u, ''))
    .sort();
const slugs = mdFiles('sv');

function split(markdown: string): { data: Record<string, unknown>; body: string } {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u.exec(markdown);
  return {
    data: fm ? (YAML.parse(fm[1] ?? '') as Record<string, unknown>) : {},
    body: fm ? markdown.slice(fm[0].length) : markdown,
  };
}

/** "## 1." for a numbered level-2 heading, "###" for a plain level-3 one. */
function outline(body: string): string[] {
  return Lexer.lex(body, { gfm: true })
    .filter((t): t is Tokens.Heading => t.type === 'heading')
    .map((h) => `${'#'.repeat(h.depth)}${/^\d+\./u.exec(h.text)?.[0] ?? ''}`);
}

const read = (path: string) => readFileSync(path, 'utf8');

describe('every Swedish section has its English counterpart', () => {
  const contentDirs = [
    'vision',
    'collaboration',
    ...readdirSync(join(packageDir, 'content', 'focus-areas')).map((id) => `focus-areas/${id}`),
  ];

  it.each(contentDirs)('content/%s: sv.md and en.md have the same headings', (dir) => {
    const sv = outline(split(read(join(packageDir, 'content', dir, 'sv.md'))).body);
    const en = outline(split(read(join(packageDir, 'content', dir, 'en.md'))).body);
    expect(sv.length).toBeGreaterThan(0);
    expect(en).toEqual(sv);
  });

  it('every Swedish guideline page has its English page, and no other', () => {
    expect(slugs.length).toBeGreaterThan(0);
    expect(mdFiles('en')).toEqual(slugs);
  });

  it.each(slugs)('guidelines/%s.md: same headings, order and frontmatter fields', (slug) => {
    const sv = split(read(join(guidelines, 'sv', `${slug}.md`)));
    const en = split(read(join(guidelines, 'en', `${slug}.md`)));
    for (const page of [sv, en]) {
      expect(typeof page.data.title).toBe('string');
      expect(page.data.description).toMatch(/^[^.!?]+[.!?]$/u); // one sentence
      expect(typeof page.data.order).toBe('number');
    }
    expect(en.data.order).toBe(sv.data.order);
    expect(outline(sv.body).length).toBeGreaterThan(0);
    expect(outline(en.body)).toEqual(outline(sv.body));
  });

  it('DECISIONS.md: the English half has the sections of the Swedish half', () => {
    const file = join(repo, 'DECISIONS.md');
    expect(existsSync(file)).toBe(true);
    const [sv = '', en = ''] = read(file).split(/^# English$/mu);
    const svOutline = outline(sv).slice(1); // the bilingual title
    expect(svOutline.length).toBeGreaterThan(5);
    expect(outline(en)).toEqual(svOutline);
  });
});

describe('the guideline pages quote the lines the package exports', () => {
  // The lines are written once in @ljungby/focus-content; the prose quotes them, so it is
  // checked against them.
  it.each(['sv', 'en'] as const)('%s: the credit line and the partner line', (locale) => {
    const page = read(join(guidelines, locale, 'anvandning-och-licens.md'));
    const partner = read(join(guidelines, locale, 'partnerraden.md'));
    expect(page).toContain(published(locale).license.credit);
    expect(partner).toContain(published(locale).license.credit);
    expect(partner).toContain(published(locale).collaboration.partnerLine);
  });
});
