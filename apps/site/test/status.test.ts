// The kit's status on the built site: every page says it as content/status does today (the
// builder's notice and the code's source, the footer, the start, material and designers pages),
// so that flipping a field there and rebuilding changes these words and nothing typed by hand
// can contradict them. The words' own flip test is in tests/words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSnippet } from '@ljungby/embed-widget';
import { getKitStatus, kitStatus, locales, type Locale } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { defaultChoices, siteCopy, toSnippetOptions } from '../src/components/builder/state';
import { pagePath } from '../src/lib/routes';
import { dist, sitePages } from './support';

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The page's text as a reader gets it: tags out, entities and spaces as one. */
const text = (path: string) =>
  html(path)
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ');
const path = (key: Parameters<typeof pagePath>[0], locale: Locale) =>
  pagePath(key, locale).replace(/^\//u, '');

describe("the kit's status on the built site", () => {
  for (const locale of locales) {
    const said = getKitStatus(locale);

    it(`${locale}: the builder says when the code works, and hands out code that loads from there`, () => {
      const page = path('embed', locale);
      expect(text(page)).toContain(said.say.embed);
      const snippet = createSnippet(toSnippetOptions(defaultChoices(locale), siteCopy(kitStatus)));
      const code = /<code id="b-snippet">([\s\S]*?)<\/code>/u.exec(html(page))?.[1] ?? '';
      const decoded = code
        .replace(/&lt;/gu, '<')
        .replace(/&gt;/gu, '>')
        .replace(/&quot;/gu, '"')
        .replace(/&#39;/gu, "'")
        .replace(/&amp;/gu, '&');
      expect(decoded).toBe(snippet);
    });

    it(`${locale}: every page's footer says what is decided and what is proposed`, () => {
      for (const page of sitePages().filter((p) => (locale === 'en') === p.startsWith('en/'))) {
        expect(text(page), page).toContain(`${said.say.adoption} ${said.say.licence}`);
      }
    });

    it(`${locale}: the start and material pages say the licence, the designers' page the profile`, () => {
      expect(text(path('start', locale))).toContain(said.say.licence);
      expect(text(path('material', locale))).toContain(said.say.licence);
      expect(text(path('designers', locale))).toContain(said.say.profile);
    });
  }

  it("hands out the site's own copy while only the site is out, and jsDelivr once the packages are", () => {
    const none = { ...kitStatus, packagesPublished: false, siteDeployed: false };
    expect(siteCopy(none)).toBeUndefined();
    expect(siteCopy({ ...none, siteDeployed: true })).toEqual({
      scriptBase: new URL('embed/widget', kitStatus.siteUrl).href,
      contentBase: new URL('embed/content', kitStatus.siteUrl).href,
    });
    expect(siteCopy({ ...none, siteDeployed: true, packagesPublished: true })).toBeUndefined();
    const viaSite = createSnippet(
      toSnippetOptions(defaultChoices('sv'), siteCopy({ ...none, siteDeployed: true })),
    );
    expect(viaSite).toContain(`${new URL('embed/widget', kitStatus.siteUrl).href}/dist/embed.js`);
    expect(viaSite).not.toContain('cdn.jsdelivr.net');
  });
});
