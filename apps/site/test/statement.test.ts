// The accessibility statement: DIGG's required parts in DIGG's order, in both languages, a link
// to it from every page, and no claim without a test: each check it renders names a test that
// exists, by file and title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { pagePath, routes } from '../src/lib/routes';
import { accessibilityChecks } from '../src/lib/statement/checks';
import {
  diggReportUrl,
  feedbackUrls,
  knownGaps,
  statementDates,
  statementWords,
} from '../src/lib/statement/words';
import { dist, sitePages } from './support';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The visible text of some HTML, entities decoded and white space squashed. */
const text = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,)])/g, '$1');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the accessibility statement', () => {
  it('claims only what a test shows: every check names a test that exists', () => {
    expect(accessibilityChecks.length).toBeGreaterThan(5);
    for (const check of accessibilityChecks) {
      const source = readFileSync(join(repo, check.test.file), 'utf8');
      // A test whose title holds the words (a template literal may open with its case's name).
      const declared = new RegExp(`\\bit\\(\\s*[\`'"][^\`'"]*${escapeRegExp(check.test.title)}`);
      expect(source, `${check.id}: no test "${check.test.title}…" in ${check.test.file}`).toMatch(
        declared,
      );
      for (const c of check.criteria) expect(c, check.id).toMatch(/^[1-4]\.\d+\.\d+$/);
    }
    expect(new Set(accessibilityChecks.map((c) => c.id)).size).toBe(accessibilityChecks.length);
  });

  for (const locale of locales) {
    it(`has DIGG's parts in DIGG's order (${locale})`, () => {
      const w = statementWords[locale];
      const page = html(routes.statement[locale]);
      const headings = [...page.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => text(m[1] ?? ''));
      expect(headings).toEqual(
        [
          w.howAccessible,
          w.gaps,
          w.cantUse,
          w.report,
          w.supervision,
          w.method,
          w.exemptions,
          w.dates,
        ].map((h) => h.trim()),
      );
      const body = text(page);
      // How accessible: one of DIGG's three wordings; the known problems; the feedback route;
      // DIGG's page for reporting; the method; the two dates.
      expect(body).toContain(locale === 'sv' ? 'delvis förenlig med lagen' : 'partially compliant');
      for (const gap of knownGaps) expect(body).toContain(text(gap.text[locale]));
      for (const check of accessibilityChecks) expect(body).toContain(text(check.text[locale]));
      expect(page).toContain(`href="${diggReportUrl}"`);
      expect(page).toContain(`href="${feedbackUrls.issues}"`);
      expect(page).toContain(`href="${feedbackUrls.municipality}"`);
      expect(body).toContain(text(w.proposal));
      for (const date of Object.values(statementDates))
        expect(page).toContain(`<time datetime="${date}">`);
    });
  }

  it('gives dates that have passed, assessed before or when it was updated', () => {
    const { assessed, updated }: Record<string, string> = statementDates;
    expect(assessed.localeCompare(updated)).toBeLessThanOrEqual(0);
    expect(new Date(`${updated}T00:00:00Z`).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('is linked from the footer of every page, in the page’s language', () => {
    for (const path of sitePages()) {
      const locale = path.startsWith('en/') ? 'en' : 'sv';
      const footer = /<footer[\s\S]*?<\/footer>/.exec(html(path))?.[0] ?? '';
      expect(footer, `/${path}`).toMatch(
        new RegExp(`href="[^"]*/${escapeRegExp(pagePath('statement', locale))}"`),
      );
    }
  });
});
