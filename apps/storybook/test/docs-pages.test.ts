// The documentation pages as a developer reads them: every component page names its import,
// props tables show defaults and the members of unions, Markdown tables are tables, and each
// page says its language on <html>.
import * as kit from '@ljungby/ui-components';
import { describe, expect, it } from 'vitest';
import { readEntries, useBuiltSite } from './built-site';

const entries = readEntries();
const componentDocs = entries.filter((e) => e.type === 'docs' && e.tags.includes('autodocs'));
const site = useBuiltSite();

const docsText = (selector: string) =>
  site.page.$$eval(`#storybook-docs ${selector}`, (els) => els.map((e) => e.textContent.trim()));

describe('component pages', () => {
  it('there is one per component', () => {
    expect(componentDocs.length).toBeGreaterThanOrEqual(10);
  });

  it.each(componentDocs.map((e) => [e.title, e]))(
    '%s shows its import line, exported by the package, and a props table with defaults',
    async (_, entry) => {
      await site.open(entry);
      // Storybook draws code blocks once its syntax highlighter has loaded.
      await site.page
        .locator('#storybook-docs pre', { hasText: "from '@ljungby/ui-components'" })
        .first()
        .waitFor();
      const code = (await docsText('pre')).join('\n');
      const [, name = ''] = /import \{ (\w+) \} from '@ljungby\/ui-components';/.exec(code) ?? [];
      expect(name, `${entry.id}: no import line`).not.toBe('');
      expect(Object.keys(kit), `${name} is not exported by @ljungby/ui-components`).toContain(name);
      expect(code).toContain("import '@ljungby/ui-components/styles.css';");
      await expect(site.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    },
  );

  it('fills the Default column from @default and spells out unions', async () => {
    await site.open({
      id: 'komponenter-focusareacard--docs',
      type: 'docs',
    });
    const row = async (prop: string) =>
      site.page
        .locator('#storybook-docs table.docblock-argstable tbody tr', {
          has: site.page.locator('td:first-child', { hasText: new RegExp(`^${prop}\\*?$`) }),
        })
        .first()
        .innerText();
    // Default column ("'sv'", "3", "true") and the union's members instead of "union".
    expect(await row('locale')).toMatch(/"sv"[\s\S]*"en"[\s\S]*'sv'/);
    expect(await row('headingLevel')).toMatch(/\b3\b/);
    expect(await row('showIllustration')).toMatch(/true/);
    expect(await row('locale')).not.toMatch(/\bunion\b/);
    // The default as the JSDoc writes it, not quoted a second time.
    expect(await row('locale')).not.toContain(`"'sv'"`);
  });
});

describe('Kom igång and the token introduction', () => {
  it.each([
    ['kom-igång--docs', 'sv', 'Kom igång med Berättarkit'],
    ['getting-started--docs', 'en', 'Getting started with Berättarkit'],
    ['tokens--introduktion', 'sv', 'Designtokens'],
  ])('%s is in %s and renders its Markdown tables as tables', async (id, lang, heading) => {
    await site.open({ id, type: 'docs' });
    await expect(docsText('h1')).resolves.toContain(heading);
    await expect(site.page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
    expect(await site.page.locator('#storybook-docs table').count()).toBeGreaterThan(0);
    expect((await docsText('p')).join('\n')).not.toMatch(/^\|.*\|$/m);
  });

  it('Kom igång names what a developer needs, and links to the partner site', async () => {
    for (const [id, lang] of [
      ['kom-igång--docs', 'sv'],
      ['getting-started--docs', 'en'],
    ] as const) {
      await site.open({ id, type: 'docs' });
      // Storybook draws code blocks once its syntax highlighter has loaded.
      await site.page.locator('#storybook-docs pre', { hasText: 'npm install' }).first().waitFor();
      const text = await site.page.locator('#storybook-docs').innerText();
      for (const needed of [
        'npm install @ljungby/ui-components @ljungby/focus-content react react-dom',
        "import '@ljungby/ui-components/styles.css';",
        'KitProvider',
        'app/layout.tsx',
        'data-color-scheme',
        '@ljungby/ui-components/sv',
        'bundler',
        'node16',
        'nodenext',
      ]) {
        expect(text, `${lang}: ${needed}`).toContain(needed);
      }
      const back = site.page.locator('#storybook-docs a[href="../"]').first();
      await expect(back.getAttribute('target')).resolves.toBe('_top');
    }
  });
});
