// The built site, served from a sub-folder: every docs page and every story opens in Chromium,
// every internal link on it points at an existing page, anchor or file, and the preview leaves
// no cookies or storage behind. External links are listed, never fetched (no network here).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from '@ljungby/test-browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const root = join(dirname(fileURLToPath(import.meta.url)), '../storybook-static');
const mount = '/some/folder/';

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'docs' | 'story';
}
interface Found {
  /** Inside a component example (a story of a component, or its canvas on a docs page). */
  example: boolean;
  href: string;
  resolved: string;
  target: string | null;
  text: string;
}

let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;
let entries: Entry[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, 'index.json'))) {
    throw new Error(`${root}/index.json is missing: run \`npm run build\` (storybook build) first`);
  }
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
    entries: Record<string, Entry>;
  };
  entries = Object.values(index.entries);
  server = await serveFolder(root, mount);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Run `task` over `items` with at most `limit` at a time (2 cores: a few tabs in parallel). */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i] as T);
      }
    }),
  );
  return results;
}

describe('the built site, served from a sub-folder', () => {
  it('has pages to check', () => {
    expect(entries.filter((e) => e.type === 'docs').length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.type === 'story').length).toBeGreaterThan(40);
  });

  it('opens in the manager from the sub-folder, with the start page in its preview', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}index.html?path=/story/start--svenska`);
    const preview = page.frameLocator('#storybook-preview-iframe');
    await preview.locator('h1', { hasText: 'Berättarkit' }).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe(`${mount}index.html`);
    await page.close();
  });

  it('every internal link on every page resolves; pages reflow and pass axe at 320 px and set no cookies or storage', async () => {
    const ids = new Set(entries.map((e) => e.id));
    const problems: string[] = [];
    const external = new Set<string>();
    const examples = new Set<string>();
    let internal = 0;
    const fileChecks = new Map<string, Promise<number>>();
    const status = (url: string) => {
      let check = fileChecks.get(url);
      if (!check) {
        check = fetch(url).then((r) => r.status);
        fileChecks.set(url, check);
      }
      return check;
    };

    // Every docs page, and every story that is a page of the site. The components' own stories
    // are rendered (and axe-checked) by the story tests, and their canvases reappear on the
    // components' docs pages, where their example links are told apart below.
    const pages = entries.filter((e) => e.type === 'docs' || !e.id.startsWith('komponenter-'));
    // 320 CSS px wide: the site's own pages must reflow without sideways scrolling (WCAG 1.4.10).
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    await pool(pages, 3, async (entry) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const where = `${entry.title} › ${entry.name} (${entry.id})`;
      try {
        await page.goto(`${server.base}iframe.html?viewMode=${entry.type}&id=${entry.id}`);
        // Storybook marks the body once a story or docs page has rendered, or failed to.
        await page.waitForFunction(
          () =>
            /sb-show-(main|errordisplay|nopreview)/.test(document.body.className) &&
            (document.querySelector('#storybook-docs')?.childElementCount ?? 0) +
              (document.querySelector('#storybook-root')?.childElementCount ?? 0) >
              0,
          undefined,
          { timeout: 20_000 },
        );
        if (await page.locator('body.sb-show-errordisplay').count()) {
          problems.push(`${where}: Storybook shows an error`);
        }
        // Only the rendered page: iframe.html also holds Storybook's hidden error templates.
        const links = await page.$$eval(
          ':is(#storybook-root, #storybook-docs) a[href]',
          (anchors) =>
            anchors.map<Found>((a) => ({
              example: !!a.closest('.docs-story'),
              href: a.getAttribute('href') ?? '',
              resolved: (a as HTMLAnchorElement).href,
              target: a.getAttribute('target'),
              text: a.textContent.trim().slice(0, 60),
            })),
        );
        const anchors = new Set(
          await page.$$eval('[id], a[name]', (els) =>
            els.map((e) => e.id || e.getAttribute('name') || ''),
          ),
        );
        for (const link of links) {
          const url = new URL(link.resolved);
          const label = `${where}: link "${link.text}" → ${link.href}`;
          if (url.protocol === 'mailto:') continue;
          if (url.origin !== server.origin) {
            external.add(url.href);
            continue;
          }
          // A component example's href is a prop value that shows the component (e.g. "your
          // page" as /vatten), not a link of these docs: listed, not checked.
          if (link.example) {
            examples.add(`${entry.id}: ${link.href}`);
            continue;
          }
          internal++;
          const path = url.searchParams.get('path');
          if (link.href.startsWith('#')) {
            if (!anchors.has(decodeURIComponent(link.href.slice(1)))) {
              problems.push(`${label}: no element with that id on the page`);
            }
          } else if (path) {
            // A link to a page of the site: the manager next to iframe.html, and an id it knows.
            const [, kind, id = ''] = /^\/(docs|story)\/([^&]+)$/.exec(path) ?? [];
            if (!kind) problems.push(`${label}: ?path= is not /docs/<id> or /story/<id>`);
            else if (!ids.has(id)) problems.push(`${label}: no ${kind} with id "${id}"`);
            else if (!url.pathname.startsWith(mount)) {
              problems.push(`${label}: leaves the site's folder (${url.pathname})`);
            }
            // Outside MDX (where Storybook routes ?path= itself), a link inside the preview
            // iframe must open in the top window, or the manager loads inside the iframe.
            if (entry.type === 'story' && link.target !== '_top') {
              problems.push(`${label}: needs target="_top"`);
            }
          } else {
            const code = await status(url.href.replace(/#.*$/, ''));
            if (code !== 200) problems.push(`${label}: answers ${code}`);
          }
        }
        if (entry.type === 'story') {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 320) problems.push(`${where}: ${width} px wide at 320 px (no reflow)`);
          // The story tests run axe at the test runner's width; narrow screens bring their own
          // problems (e.g. tables that scroll sideways), so the site's pages get axe at 320 px.
          await page.addScriptTag({ content: axeSource });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
            // The a11y addon may still be running its own check of the story: wait for it.
            for (let attempt = 0; ; attempt++) {
              try {
                const result = await axe.run('#storybook-root', { resultTypes: ['violations'] });
                return result.violations.map(
                  (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
                );
              } catch (error) {
                if (attempt > 50 || !/already running/.test(String(error))) throw error;
                await new Promise((resolve) => setTimeout(resolve, 200));
              }
            }
          });
          for (const v of violations) problems.push(`${where}: axe at 320 px: ${v}`);
        }
        const storage = await page.evaluate(() => ({
          cookies: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
        }));
        if (storage.cookies || storage.local || storage.session) {
          problems.push(
            `${where}: the preview left cookies or storage: ${JSON.stringify(storage)}`,
          );
        }
        for (const error of errors) problems.push(`${where}: page error: ${error}`);
      } catch (error) {
        problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await page.close();
      }
    });
    await context.close();

    const docs = pages.filter((e) => e.type === 'docs').length;
    console.log(
      `static site: ${docs} docs pages and ${pages.length - docs} page stories opened from ${mount}; ` +
        `${internal} internal links checked; ${examples.size} example links in component ` +
        `examples listed, not checked; ${external.size} distinct external links listed, not ` +
        `fetched:\n  ${[...external].sort().join('\n  ')}\nexample links:\n  ${[...examples].join('\n  ')}`,
    );
    expect(problems).toEqual([]);
  });

  it('copies texts and the snippet with the keyboard, and says so in a live region', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
    });
    const page = await context.newPage();
    const sv = JSON.parse(readFileSync(join(root, 'content/dist/json/sv.json'), 'utf8')) as {
      focusAreas: { id: string; tagline: string }[];
    };
    const tagline = sv.focusAreas.find((a) => a.id === 'vatten')?.tagline;

    await page.goto(`${server.base}iframe.html?viewMode=story&id=innehall--vatten`);
    const copy = page.getByRole('button', { name: /^Kopiera ?: Vatten: Tagline/ });
    await copy.focus();
    await page.keyboard.press('Enter');
    // The status is announced (role=status is a polite live region) once the copy is done.
    await copy
      .locator('xpath=following-sibling::*[@role="status"]')
      .getByText('Kopierat till urklipp.', { exact: true })
      .waitFor({ timeout: 5000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(tagline);

    // The builder's snippet is createSnippet()'s, pinned to the built embed.js by its SRI hash.
    const sri = JSON.parse(readFileSync(join(root, 'embed/sri.json'), 'utf8')) as {
      files: Record<string, string>;
    };
    await page.goto(`${server.base}iframe.html?viewMode=story&id=badda-in--builder`);
    await page.getByLabel('Fokusområde').selectOption('sagobygden');
    await page.getByRole('radio', { name: /^Berättelse/ }).check();
    const snippet = await page.getByTestId('snippet').textContent();
    expect(snippet).toContain('<ljungby-story area="sagobygden" layout="story" lang="sv"');
    expect(snippet).toContain(`integrity="${sri.files['dist/embed.js'] ?? 'missing'}"`);
    await page.getByRole('button', { name: /^Kopiera ?: kodsnutten$/ }).press('Enter');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet);
    // The preview follows: the real widget re-renders the chosen area as a story.
    await page
      .locator('ljungby-story[area="sagobygden"][layout="story"]')
      .locator('.lk-focus-area-story')
      .waitFor({ timeout: 10_000 });
    await context.close();
  });

  it("the toolbar's language, focus area and colour scheme reach the stories", async () => {
    const page = await browser.newPage();
    const look = async (id: string, globals: string) => {
      await page.goto(`${server.base}iframe.html?viewMode=story&id=${id}&globals=${globals}`);
      await page.locator('#storybook-root :is(h1, h2, h3)').first().waitFor();
      return page.evaluate(() => {
        const root = document.querySelector('.sb-kit-root');
        return {
          lang: root?.getAttribute('lang'),
          scheme: root?.getAttribute('data-color-scheme'),
          area: root?.getAttribute('data-focus-area'),
          heading: document.querySelector('#storybook-root :is(h1, h2, h3)')?.textContent,
        };
      });
    };
    // "As written" keeps each story's own language; sv/en override every story with a locale.
    await expect(look('komponenter-focusareacard--vatten', 'locale:story')).resolves.toMatchObject({
      lang: 'sv',
      heading: 'Vatten',
    });
    await expect(look('komponenter-focusareacard--vatten', 'locale:en')).resolves.toMatchObject({
      lang: 'en',
      heading: 'Water',
    });
    await expect(look('komponenter-focusareacard--english', 'locale:sv')).resolves.toMatchObject({
      lang: 'sv',
    });
    await expect(
      look('komponenter-focusareacard--vatten', 'focusArea:sagobygden;colorScheme:dark'),
    ).resolves.toMatchObject({ heading: 'Sagobygden', area: 'sagobygden', scheme: 'dark' });
    await expect(look('innehall--vatten', 'locale:en')).resolves.toMatchObject({
      lang: 'en',
      heading: 'Content: Water',
    });
    await page.close();
  });
});
