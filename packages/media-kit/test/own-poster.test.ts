// A partner's own poster (the template studio's PDF and preview): the same layout as the kit's
// posters with an event line, a photo, a logo beside the QR code and the partner's credits; a
// link only when there is one; and, for a print shop, 3 mm bleed and crop marks.
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontBytes } from '../src/font.ts';
import { ownSubject, type OwnMaterial } from '../src/own-material.ts';
import { posterLayout } from '../src/poster/layout.ts';
import { renderPoster } from '../src/poster/render.ts';
import { drawPosterSvg } from '../src/poster/svg.ts';
import { pdfText } from './support.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;
const material: OwnMaterial = {
  locale: 'sv',
  look: 'sagobygden',
  organisation: 'Berättarföreningen i Ljungby',
  headline: 'Sagokväll på biblioteket',
  body: 'Kom och lyssna på sägner. Fri entré.',
  date: '2027-03-12',
  time: '18:00',
  place: 'Stadsbiblioteket',
  link: 'https://www.example.org/sagokvall/',
  logo: { href: dataUrl('image/png', fixture('logo.png')), width: 600, height: 200 },
  photo: {
    href: dataUrl('image/jpeg', fixture('photo.jpg')),
    width: 1600,
    height: 1200,
    focus: { x: 0.7, y: 0.5 },
    alt: 'En sjö i kvällsljus.',
    credit: 'Anna Andersson',
  },
};
const fonts = { 400: fontBytes(400), 700: fontBytes(700) };
const box = (doc: PDFDocument, name: string) =>
  doc.getPage(0).node.lookup(PDFName.of(name))?.toString() ?? '';

describe('a partner’s own poster', () => {
  it('is a PDF with the partner’s texts and credits, the organisation as its author', async () => {
    const s = ownSubject(material);
    const { bytes } = await renderPoster(s, { format: 'poster-a4', fonts, author: s.eyebrow });
    // pdf.js takes the bytes it reads (the buffer is detached): it reads a copy.
    const text = (await pdfText(bytes.slice())).replace(/\s+/gu, ' ');
    for (const words of [
      'Berättarföreningen i Ljungby',
      'Sagokväll på biblioteket',
      'Fredag 12 mars kl. 18.00 · Stadsbiblioteket',
      'Läs mer: https://www.example.org/sagokvall/',
      'Foto: Anna Andersson',
    ])
      expect(text).toContain(words);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getAuthor()).toBe('Berättarföreningen i Ljungby');
    expect(doc.getTitle()).toBe('Berättarföreningen i Ljungby – Sagokväll på biblioteket');
  });

  it('puts the logo beside the QR code, and leaves both out when there is no link or logo', () => {
    const { logo, qr, blocks } = posterLayout(ownSubject(material), 'test', 'poster-a4');
    if (!logo || !qr) throw new Error('no logo or QR code');
    expect(logo.plate.x + logo.plate.width).toBeLessThan(qr.x);
    expect(logo.plate.height).toBeCloseTo(qr.height, 6);
    for (const b of blocks.filter((b) => b.y > logo.plate.y))
      expect(b.x + b.width, b.field).toBeLessThanOrEqual(logo.plate.x);
    const bare = posterLayout(
      ownSubject({ ...material, link: undefined, logo: undefined }),
      'test',
      'poster-a4',
    );
    expect([bare.qr, bare.logo]).toEqual([null, null]);
    expect(bare.blocks.map((b) => b.field)).not.toContain('readMore');
  });

  it('refuses a logo too wide to read', () => {
    const wide = {
      ...material,
      logo: { href: 'data:image/png;base64,AA==', width: 900, height: 100 },
    };
    expect(() => posterLayout(ownSubject(wide), 'test', 'poster-a4')).toThrow(
      expect.objectContaining({ kind: 'logo-shape' }),
    );
  });

  it('has 3 mm bleed and crop marks for a print shop, the trim box still A4', async () => {
    const { bytes } = await renderPoster(ownSubject(material), {
      format: 'poster-a4',
      fonts,
      printMarks: true,
    });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const bleed = (3 / 25.4) * 72;
    expect(box(doc, 'TrimBox')).toBe('[ 0 0 595.28 841.89 ]');
    const [x0, , x1] = box(doc, 'BleedBox')
      .replace(/[[\]]/gu, ' ')
      .trim()
      .split(/\s+/u)
      .map(Number);
    expect(x0).toBeCloseTo(-bleed, 3);
    expect(x1).toBeCloseTo(595.28 + bleed, 3);
    const { width } = doc.getPage(0).getMediaBox();
    expect(width).toBeGreaterThan(595.28 + 2 * bleed);
  });

  it('is drawn as an SVG preview from the same layout', () => {
    const s = ownSubject(material);
    const preview = drawPosterSvg(s, 'poster-a4');
    expect(preview.blocks).toEqual(posterLayout(s, 'poster.svg', 'poster-a4').blocks);
    expect(preview.svg).toMatch(/^<svg[^>]* viewBox="0 0 595\.28 841\.89"/u);
    expect(preview.svg).toContain('data:image/jpeg;base64,');
  });
});
