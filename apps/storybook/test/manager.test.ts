// Storybook's frame as a visitor meets it: the kit's name, favicon, tab titles and language,
// a way back to the partner site, and no addon panel under documentation pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mount, root, useBuiltSite } from './built-site';

const site = useBuiltSite({ viewport: { width: 1280, height: 800 } });

async function open(path: string) {
  await site.page.goto(`${site.base}index.html?path=${path}`);
  await site.page
    .frameLocator('#storybook-preview-iframe')
    .locator(':is(#storybook-docs, #storybook-root) :is(h1, h2, h3)')
    .first()
    .waitFor();
  // The tab title follows the page once the manager has taken the route.
  await site.page.waitForFunction(() => document.title.endsWith(' · Berättarkit'));
  return site.page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    panel: document.querySelector('#storybook-panel-root') !== null,
  }));
}

describe('the Storybook frame', () => {
  it('says lang="sv" and the kit’s name before any script runs', () => {
    for (const file of ['index.html', 'iframe.html']) {
      const html = readFileSync(join(root, file), 'utf8');
      expect(/<html[^>]*\slang="([^"]*)"/.exec(html)?.[1], file).toBe('sv');
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], file).toBe('Berättarkit');
    }
  });

  it('starts on Kom igång, from the sub-folder, under the kit’s name and in Swedish', async () => {
    await site.page.goto(`${site.base}index.html`);
    await site.page
      .frameLocator('#storybook-preview-iframe')
      .locator('#storybook-docs h1', { hasText: 'Kom igång med Berättarkit' })
      .waitFor();
    expect(new URL(site.page.url()).pathname).toBe(`${mount}index.html`);
    await expect(site.page.evaluate(() => document.documentElement.lang)).resolves.toBe('sv');
  });

  it('names tabs after the page and the kit, not Storybook', async () => {
    await expect(open('/docs/komponenter-focusareacard--docs')).resolves.toMatchObject({
      title: 'Komponenter / FocusAreaCard · Berättarkit',
    });
  });

  it('links back to the partner site one folder up', async () => {
    const brand = site.page.locator('a', { hasText: 'Webbplatsen för partner' }).first();
    const href = await brand.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(new URL(href).pathname).toBe(mount.replace(/storybook\/$/, ''));
    await expect(brand.getAttribute('target')).resolves.not.toBe('_blank');
  });

  it('wears the kit’s own favicon', async () => {
    const icons = await site.page.$$eval('link[rel~="icon"]', (links) =>
      links.map((l) => (l as HTMLLinkElement).href),
    );
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const served = await (await fetch(icon)).text();
      expect(served).toBe(readFileSync(join(root, '../public/favicon.svg'), 'utf8'));
    }
  });

  it('shows the addon panel under component stories only, not under documentation', async () => {
    await expect(open('/docs/kom-igång--docs')).resolves.toMatchObject({ panel: false });
    await expect(open('/story/tokens--colours')).resolves.toMatchObject({ panel: false });
    await expect(open('/story/komponenter-focusareacard--vatten')).resolves.toMatchObject({
      panel: true,
    });
  });
});
