// The template studio in Chromium, as a communicator uses it on a 390 px phone: from the start
// page to a filled template with a logo and a photo, the files downloaded and read back, with
// no request of any kind once the page and its drawing have loaded; bad input refused with a
// message in the page's language; and, set to the kit's own subject, the same PNG as the media
// kit's file. One browser and one page for the whole file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getContent, getCreditLine } from '@ljungby/focus-content';
import { browserPatience } from '@ljungby/test-browser';
import jsQR from 'jsqr';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studioMessages } from '../src/components/studio/messages';
import { dist, fetchedAfterLoad, siteInChromium } from './support';

const site = siteInChromium();
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const m = studioMessages.sv;
const kB = 1000;
/** The issue's budget for the studio's drawing: renderer, PDF writer and fonts, gzip. */
const drawingBudget = 400 * kB;

let context: BrowserContext;
let page: Page;
/** Every request the page made, in order, and how many there were once the drawing was ready. */
const requests: string[] = [];
let readyAt = 0;
/** gzip bytes of every file the page fetched, by address. */
const transferred = new Map<string, number>();
const errors: string[] = [];

beforeAll(async () => {
  context = await site.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', async (response) => {
    if (!response.url().startsWith(site.server.origin)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    transferred.set(response.url(), gzipSync(body).length);
  });
});
afterAll(async () => {
  await context.close();
});

const downloadOf = async (start: () => Promise<unknown>): Promise<Buffer> => {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  return readFileSync(await download.path());
};
const errorOf = (slot: string) => page.locator(`#s-${slot}-error`);

/** What pdf.js reads from a PDF: its text, and its first page drawn at 2× into a PNG. */
async function readPdf(bytes: Buffer): Promise<{ text: string; png: PNG }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const first = await (await task.promise).getPage(1);
  const { items } = await first.getTextContent();
  const text = items.map((i) => ('str' in i ? i.str : '')).join(' ');
  await task.destroy();
  // Drawn in a page of its own (the studio's page stays as it is), with pdf.js from npm.
  const reader = await context.newPage();
  const pdfjs = join(import.meta.dirname, '../../../node_modules/pdfjs-dist/build');
  await reader.route('http://pdf.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    return path === '/'
      ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><canvas></canvas>' })
      : route.fulfill({ path: join(pdfjs, path) });
  });
  await reader.goto('http://pdf.test/');
  // A module script of its own: the test runner rewrites import() in functions it passes.
  await reader.addScriptTag({
    type: 'module',
    content: `
      import * as lib from 'http://pdf.test/pdf.min.mjs';
      lib.GlobalWorkerOptions.workerSrc = 'http://pdf.test/pdf.worker.min.mjs';
      window.drawPdf = async (base64) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const page = await (await lib.getDocument({ data }).promise).getPage(1);
        const viewport = page.getViewport({ scale: 2 });
        const canvas = document.querySelector('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        await page.render({ canvas, viewport }).promise;
        return canvas.toDataURL('image/png');
      };`,
  });
  await reader.waitForFunction(() => 'drawPdf' in window);
  const dataUrl = await reader.evaluate(
    (data) => (window as unknown as { drawPdf: (d: string) => Promise<string> }).drawPdf(data),
    bytes.toString('base64'),
  );
  await reader.close();
  return { text, png: PNG.sync.read(Buffer.from(dataUrl.split(',')[1] ?? '', 'base64')) };
}

/** The studio's A4 poster: title, language, an embedded font, its words, a QR code to `link`. */
async function expectPoster(bytes: Buffer, link: string) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
  expect(doc.getTitle()).toBe('Berättarföreningen i Ljungby – Sagokväll på biblioteket');
  expect(doc.getAuthor()).toBe('Berättarföreningen i Ljungby');
  expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(sv-SE)');
  const embedded = doc.context
    .enumerateIndirectObjects()
    .filter(([, o]) => o instanceof PDFDict && o.get(PDFName.of('FontFile2')));
  expect(embedded.length).toBe(2);
  const { text, png } = await readPdf(bytes);
  for (const words of [
    'Sagokväll på biblioteket',
    'Fredag 12 mars kl. 18.00 · Ljungby stadsbibliotek',
    'Foto: Anna Andersson',
  ])
    expect(text.replace(/\s+/gu, ' ')).toContain(words);
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(link);
}
/** Waits for the page to show something, as long as a busy 2-core machine may need. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: browserPatience });

describe('the template studio', () => {
  it('takes a communicator from the start page to a poster-ready image by touch, with nothing sent', async () => {
    await page.goto(site.server.base);
    await page.getByRole('link', { name: /Gör eget material/u }).tap();
    await page.waitForSelector('#studio[data-ready]');
    readyAt = requests.length;

    await page.getByLabel('Kvadratisk bild').tap();
    await page.getByLabel('Färger och illustration').selectOption('sagobygden');
    await page.getByLabel('Organisationens namn').fill('Berättarföreningen i Ljungby');
    await page.getByLabel('Rubrik', { exact: true }).fill('Sagokväll på biblioteket');
    await page.getByLabel('Kort text').fill('Kom och lyssna på sägner. Fri entré, fika finns.');
    await page.getByLabel('Datum').fill('2027-03-12');
    await page.getByLabel('Tid').fill('18:00');
    await page.getByLabel('Plats').fill('Ljungby stadsbibliotek');
    await page.getByLabel('Länk för mer information').fill('https://www.example.org/sagokvall/');
    await page.locator('#s-logo').setInputFiles(fixture('logo.svg'));
    await poll(() => page.locator('#s-logo-name').textContent()).toContain('logo.svg');
    await page.locator('#s-photo').setInputFiles(fixture('photo.jpg'));
    await page.locator('#s-photo-more').waitFor();
    await page.getByLabel('Fotograf').fill('Anna Andersson');
    await page.getByLabel('Vad visar fotot?').fill('En sjö i kvällsljus.');
    await page.getByLabel('Från vänster till höger').fill('80');

    const alt = page.locator('#s-image');
    await poll(() => alt.getAttribute('alt')).toContain('En sjö i kvällsljus.');
    expect(await alt.getAttribute('alt')).toBe(
      'Berättarföreningen i Ljungby. Sagokväll på biblioteket. Fredag 12 mars kl. 18.00 · ' +
        'Ljungby stadsbibliotek. Läs mer: example.org/sagokvall. Bild: En sjö i kvällsljus.',
    );
    // Own text and own photo: nothing of the kit's to credit, the photographer credited.
    const post = await page.locator('#s-post').textContent();
    expect(post).toContain('Foto: Anna Andersson');
    expect(post).not.toContain(getCreditLine('sv', 'illustrations'));

    const png = PNG.sync.read(await downloadOf(() => page.locator('[data-export="png"]').tap()));
    expect([png.width, png.height]).toEqual([1080, 1080]);
    // The keyboard reaches the same button and presses it.
    await page.locator('[data-export="svg"]').focus();
    const svg = (await downloadOf(() => page.keyboard.press('Enter'))).toString('utf8');
    expect(svg).toMatch(/^<svg[^>]* width="1080" height="1080"/u);
    expect(svg).toContain('xlink:href="data:image/jpeg;base64,');
    expect(svg).toContain('xlink:href="data:image/svg+xml;base64,');
    // Nothing in the file points outside it.
    expect(svg.replace(/xmlns(:\w+)?="[^"]*"/gu, '')).not.toMatch(/https?:\/\/(?!www\.w3\.org)/u);
    expect(await page.locator('#s-saved').textContent()).toMatch(/\.svg är klar/u);

    // The A4 poster: a tagged PDF with the texts, the font embedded, and a QR code that scans.
    await page.getByLabel('Affisch i A4').tap();
    await poll(() => page.locator('[data-export="pdf"]').isVisible()).toBe(true);
    // The preview is the poster: A4 in points.
    await poll(() => page.locator('#s-image').getAttribute('width')).toBe('595');
    const pdf = await downloadOf(() => page.locator('[data-export="pdf"]').tap());
    await expectPoster(pdf, 'https://www.example.org/sagokvall/');
    await page.getByLabel('För tryckeri: 3 mm utfall och skärmärken').check();
    const forPrint = await PDFDocument.load(
      await downloadOf(() => page.locator('[data-export="pdf"]').tap()),
    );
    expect(forPrint.getPage(0).getTrimBox()).toEqual({ x: 0, y: 0, width: 595.28, height: 841.89 });
    expect(forPrint.getPage(0).getMediaBox().width).toBeGreaterThan(595.28 + 16);

    // The link to the template has the words and choices, never the pictures.
    const share = new URL((await page.locator('#s-share').textContent()) ?? '');
    expect(share.pathname).toBe('/gor-eget/');
    expect(share.searchParams.get('headline')).toBe('Sagokväll på biblioteket');
    expect(share.searchParams.get('look')).toBe('sagobygden');
    expect(share.search).not.toMatch(/data:|base64|logo\.svg|photo\.jpg/u);

    // Only the page's own address, data: and blob: (the downloads) after the drawing loaded.
    const network = requests.slice(readyAt).filter((u) => !/^(data|blob):/u.test(u));
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('loads its drawing once, within 400 kB, and reopens a shared template with its words', async () => {
    // Still on the studio's page: what it fetched after its load event is its drawing.
    const drawing = [...(await fetchedAfterLoad(page))].map((url) => ({
      name: url.split('/').at(-1) ?? url,
      bytes: transferred.get(url) ?? Number.NaN,
    }));
    const total = drawing.reduce((sum, file) => sum + file.bytes, 0);
    console.log(
      `Template studio drawing, kB gzip, loaded once after the page: ${drawing
        .map((file) => `${file.name} ${(file.bytes / kB).toFixed(1)}`)
        .join(', ')}; total ${(total / kB).toFixed(1)} (budget ${drawingBudget / kB})`,
    );
    // The renderer, the PDF writer and the two fonts, at least.
    expect(drawing.length).toBeGreaterThanOrEqual(4);
    expect(total).toBeLessThanOrEqual(drawingBudget);

    const share = (await page.locator('#s-share').textContent()) ?? '';
    await page.goto(share);
    await page.waitForSelector('#studio[data-ready]');
    await poll(() => page.locator('#s-image').getAttribute('alt')).toContain('Sagokväll');
    expect(await page.getByLabel('Plats').inputValue()).toBe('Ljungby stadsbibliotek');
    // The pictures stayed behind.
    expect(await page.locator('#s-photo-more').isHidden()).toBe(true);
  });

  it('refuses bad input with a message in the page’s language, and keeps working', async () => {
    await page.goto(`${site.server.base}gor-eget/?format=square`);
    await page.waitForSelector('#studio[data-ready]');
    const headline = page.getByLabel('Rubrik', { exact: true });

    // Files: 40 MB, not an image, an SVG that runs code and fetches from elsewhere.
    // The 40 MB file is made in the page: sending it through the test's connection takes longer.
    await page.evaluate(() => {
      const bytes = new Uint8Array(40 * 1024 * 1024);
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      const files = new DataTransfer();
      files.items.add(new File([bytes], 'stor.jpg', { type: 'image/jpeg' }));
      const input = document.querySelector<HTMLInputElement>('#s-photo');
      if (!input) throw new Error('no #s-photo');
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect
      .poll(() => errorOf('photo').textContent())
      .toBe('Filen stor.jpg är 40 MB. Den får vara högst 25 MB. Välj en mindre bild.');
    await page.locator('#s-photo').setInputFiles(fixture('not-an-image.jpg'));
    await expect
      .poll(() => errorOf('photo').textContent())
      .toContain('Filen not-an-image.jpg är inte en bild.');
    await page.locator('#s-logo').setInputFiles(fixture('logo-unsafe.svg'));
    await poll(() => errorOf('logo').textContent()).toContain('skript');
    const unsafe = (await errorOf('logo').textContent()) ?? '';
    expect(unsafe).toContain(m.svgParts.handler);
    expect(unsafe).toContain(m.svgParts.external);
    expect(await page.locator('#s-logo-name').textContent()).toBe('');

    // Texts.
    await headline.fill('x'.repeat(2000));
    await expect
      .poll(() => errorOf('headline').textContent())
      .toBe('Rubriken får ha högst 120 tecken. Nu har den 2000. Korta den med 1880 tecken.');
    await headline.fill('Sagokväll 🎉');
    await expect
      .poll(() => errorOf('headline').textContent())
      .toBe('Emojier kan inte visas i bilden. Ta bort 🎉 ur rubriken.');
    await headline.fill('مساء الحكايات');
    await poll(() => errorOf('headline').textContent()).toContain('från höger till vänster');
    // Within the field's limit, too much for the square at its smallest size with a place.
    await page.getByLabel('Plats').fill('Ljungby stadsbibliotek');
    await headline.fill(
      'Sagokväll på biblioteket för alla barn och vuxna i hela kommunen, med sägner, sånger och fika i pausen, fredag i mars',
    );
    await page.getByLabel('Organisationens namn').fill('Berättarföreningen');
    await expect
      .poll(() => errorOf('headline').textContent())
      .toMatch(
        /^Texten får inte plats i den kvadratiska bilden\. Korta rubriken med minst \d+ tecken/u,
      );
    await headline.fill('Sagokväll');
    await poll(() => errorOf('headline').isHidden()).toBe(true);
    await page.getByLabel('Länk för mer information').fill('javascript:alert(1)');
    await expect
      .poll(() => errorOf('link').textContent())
      .toBe('Länken måste börja med https:// eller http://, inte javascript:.');
    await page.getByLabel('Länk för mer information').fill('');

    // An empty headline: said when a file is asked for, in the summary and at the field.
    await headline.fill('');
    await page.locator('[data-export="png"]').click();
    await poll(() => page.locator('#s-summary').isVisible()).toBe(true);
    expect(await page.locator('#s-summary li').allTextContents()).toEqual([m.required]);
    expect(await errorOf('headline').textContent()).toBe(m.required);
    expect(await headline.getAttribute('aria-invalid')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('draws the kit’s own subject exactly as the media kit does (PNG within 0.5 % of pixels)', async () => {
    const sv = getContent('sv');
    const area = sv.focusAreas.find((a) => a.id === 'vatten');
    if (!area) throw new Error('no vatten in the content');
    const query = new URLSearchParams({
      format: 'square',
      look: 'vatten',
      organisation: `Fokusområde: ${area.name}`,
      headline: area.keyMessages[0] ?? '',
    });
    await page.goto(`${site.server.base}gor-eget/?${query.toString()}`);
    await page.waitForSelector('#studio[data-ready]');
    await page.locator('#s-image:not([hidden])').waitFor();
    const studio = PNG.sync.read(
      await downloadOf(() => page.locator('[data-export="png"]').click()),
    );
    const kit = PNG.sync.read(
      readFileSync(join(dist, 'downloads/media-kit/files/vatten/sv/ljungby-vatten-sv-square.png')),
    );
    expect([studio.width, studio.height]).toEqual([kit.width, kit.height]);
    const differing = pixelmatch(studio.data, kit.data, undefined, kit.width, kit.height, {
      threshold: 0.1,
    });
    const share = differing / (kit.width * kit.height);
    console.log(
      `Studio PNG against the media kit's: ${(share * 100).toFixed(3)} % of pixels differ`,
    );
    expect(share).toBeLessThanOrEqual(0.005);
  });
});
