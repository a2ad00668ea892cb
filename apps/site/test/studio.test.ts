// The template studio in Chromium, as a communicator uses it on a 390 px phone: from the start
// page to a filled template with a logo and a photo, the files downloaded and read back, with
// no request of any kind once the page and its drawing have loaded; the drawing within its
// budget; and the shared link reopening the template with its words. One page for the file: the
// second test goes on from where the first left it. Bad input is refused in
// studio-bad-input.test.ts; the kit's own subject is drawn in studio-media-kit-png.test.ts.
import { join } from 'node:path';
import { getCreditLine } from '@ljungby/focus-content';
import jsQR from 'jsqr';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fetchedAfterLoad } from './support';
import { fixture, poll, studioOnPhone } from './studio-page';

const phone = studioOnPhone();
const { site, requests, transferred, errors, downloadOf } = phone;
const kB = 1000;
/** The issue's budget for the studio's drawing: renderer, PDF writer and fonts, gzip. */
const drawingBudget = 400 * kB;
/** How many requests the page had made once the drawing was ready. */
let readyAt = 0;

/** What pdf.js reads from a PDF: its text, and its first page drawn at 2× into a PNG. */
async function readPdf(bytes: Buffer): Promise<{ text: string; png: PNG }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const first = await (await task.promise).getPage(1);
  const { items } = await first.getTextContent();
  const text = items.map((i) => ('str' in i ? i.str : '')).join(' ');
  await task.destroy();
  // Drawn in a page of its own (the studio's page stays as it is), with pdf.js from npm.
  const reader = await phone.context.newPage();
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

describe('the template studio', () => {
  it('takes a communicator from the start page to a poster-ready image by touch, with nothing sent', async () => {
    const { page } = phone;
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
    const { page } = phone;
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
    // No page error while reopening: the bad-input test, once next on this page, checked this.
    expect(errors).toEqual([]);
  });
});
