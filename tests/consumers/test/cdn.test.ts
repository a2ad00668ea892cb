// The path of a pasted embed, end to end: the packed tarballs unpacked into a folder laid out
// like jsDelivr's mirror of npm, a partner's page holding the snippet from createSnippet exactly as pasted
// (https://cdn.jsdelivr.net URLs, SRI hash), the browser verifying the hash, and the content
// fetched by version range.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { browserPatience } from '@ljungby/test-browser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, projectDir, run, serveFolder, swedishNames } from './support.ts';

let browser: Browser;
const requested: string[] = [];
let tamper = false;

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Answers like jsDelivr: exact versions and ranges (`@0.1` = newest 0.1.x), CORS for all. */
async function cdn(route: Route) {
  const url = new URL(route.request().url());
  requested.push(url.pathname);
  const m = /^\/npm\/(@ljungby\/[^@/]+)@([^/]+)\/(.+)$/.exec(url.pathname);
  const folder = join(inject('cdnRoot'), 'npm', '@ljungby');
  const versions = m
    ? readdirSync(folder)
        .filter((d) => d.startsWith(`${(m[1] as string).slice('@ljungby/'.length)}@`))
        .map((d) => d.slice(d.indexOf('@') + 1))
        .filter((v) => v === m[2] || v.startsWith(`${m[2] as string}.`))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    : [];
  const version = versions.at(-1);
  const file =
    m && version
      ? join(folder, `${(m[1] as string).slice('@ljungby/'.length)}@${version}`, m[3] as string)
      : '';
  if (!file || !existsSync(file)) {
    await route.fulfill({
      status: 404,
      headers: { 'access-control-allow-origin': '*' },
      body: 'not found',
    });
    return;
  }
  let body = readFileSync(file);
  if (tamper && file.endsWith('embed.js'))
    body = Buffer.concat([body, Buffer.from('\n/* changed */')]);
  await route.fulfill({
    status: 200,
    headers: {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
    },
    body,
  });
}

let site: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  browser = await launch();
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  // The snippet comes from the packed embed-widget itself, so its SRI hash is the tarball's.
  const tools = projectDir('snippet');
  const { stdout: snippet } = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { createSnippet } from '@ljungby/embed-widget'; console.log(createSnippet({ area: 'all' }));",
    ],
    { cwd: tools },
  );
  const dir = mkdtempSync(join(inject('work'), 'partner-site-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Föreningen</title></head><body><main><h1>Föreningen</h1>\n${snippet}\n</main></body></html>`,
  );
  site = await serveFolder(dir);
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route('https://cdn.jsdelivr.net/**', cdn);
  await page.goto(site.base);
  return { page, errors };
}

describe('the pasted snippet against a CDN-shaped copy of the tarballs', () => {
  it('renders a card per area, with the SRI hash verified and the data fetched by range', async () => {
    requested.length = 0;
    const { page, errors } = await open();
    await page.waitForFunction(
      (count) =>
        document.querySelector('ljungby-story')?.shadowRoot?.querySelectorAll('.lk-focus-area-card')
          .length === count,
      swedishNames.length,
    );
    expect(errors).toEqual([]);
    const { versions } = { versions: inject('versions') };
    const widget = `/npm/@ljungby/embed-widget@${versions['@ljungby/embed-widget'] as string}`;
    // What is fetched, not in which order: the browser's preload scanner may ask for the
    // script before or after the stylesheets, and either is right.
    expect(requested.toSorted()).toEqual(
      [
        `${widget}/dist/reserve/all-card.css`,
        `${widget}/dist/embed.js`,
        `${widget}/dist/css/card.css`,
        '/npm/@ljungby/focus-content@0.1/dist/json/sv/all.json',
      ].toSorted(),
    );
    await page.close();
  });

  it('refuses a script whose bytes differ from the hash, and keeps the fallback link', async () => {
    tamper = true;
    const { page, errors } = await open();
    // Chromium reports the refused script on the console when it refuses it.
    await expect.poll(() => errors.join('\n'), { timeout: browserPatience }).toMatch(/integrity/i);
    expect(await page.evaluate(() => customElements.get('ljungby-story'))).toBeUndefined();
    expect(await page.getByRole('link', { name: 'Ljungby kommuns fokusområden' }).isVisible()).toBe(
      true,
    );
    tamper = false;
    await page.close();
  });
});
