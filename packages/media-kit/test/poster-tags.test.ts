// Every poster is a tagged PDF aiming at PDF/UA-1. No PDF/UA validator runs on the kit's
// machines (veraPDF needs Java), so the Matterhorn Protocol 1.1 checkpoints that apply to these
// files are written out here, read back with pdf.js (as a screen reader's PDF engine would) and
// pdf-lib (for the raw dictionaries). The section numbers are the protocol's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { posterLayout, type PosterFormat } from '../src/poster/index.ts';
import { qrCode, qrQuietZone } from '../src/qr-code.ts';
import { subjectOf } from '../src/subject.ts';
import { distDir, readManifest } from './support.ts';

const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const posters = readManifest().files.filter((f) => f.fileType === 'pdf');
const read = (path: string) => new Uint8Array(readFileSync(join(distDir, path)));

interface Node {
  role?: string;
  type?: string;
  id?: string;
  alt?: string;
  children?: Node[];
}
const standardTypes = ['Document', 'H1', 'P', 'Figure', 'Link'];
const walk = (node: Node, visit: (n: Node, parents: Node[]) => void, parents: Node[] = []) => {
  visit(node, parents);
  for (const child of node.children ?? []) walk(child, visit, [...parents, node]);
};

/** The page as pdf.js sees it: structure tree, marked text, operators, annotations. */
async function open(bytes: Uint8Array) {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
  const doc = await task.promise;
  const page = await doc.getPage(1);
  const tree = (await page.getStructTree()) as Node;
  const text = await page.getTextContent({ includeMarkedContent: true });
  const ops = await page.getOperatorList();
  const annotations = (await page.getAnnotations()) as {
    id: string;
    subtype: string;
    url?: string;
    contentsObj?: { str: string };
  }[];
  await task.destroy();
  // The text of each marked-content id (`p7R_mc3`).
  const byId = new Map<string, string>();
  let current: string | undefined;
  for (const item of text.items) {
    if ('str' in item) {
      if (current) byId.set(current, `${byId.get(current) ?? ''} ${item.str}`);
    } else if (item.type === 'beginMarkedContentProps') current = item.id;
    else if (item.type === 'endMarkedContent') current = undefined;
  }
  return { tree, text, ops, annotations, byId };
}

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

describe.each(posters.map((f) => [f.path, f] as const))('%s', (path, f) => {
  const subject = subjectOf(f.area, f.lang);
  const layout = posterLayout(subject, path, f.format as PosterFormat);
  const bytes = read(path);
  const parsed = open(bytes);

  it('01: everything drawn is tagged content or an artifact, never both', async () => {
    const { ops } = await parsed;
    const painting = new Set([
      OPS.showText,
      OPS.showSpacedText,
      OPS.constructPath,
      OPS.fill,
      OPS.eoFill,
      OPS.stroke,
      OPS.fillStroke,
      OPS.paintImageXObject,
      OPS.shadingFill,
    ]);
    const open: string[] = [];
    let painted = 0;
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) {
        const tag = String((ops.argsArray[i] as unknown[])[0]);
        // 01-001 / 01-002: no artifact inside tagged content, no tagged content in an artifact.
        if (open.length > 0) expect([open.at(-1), tag], path).not.toContain('Artifact');
        open.push(tag);
      } else if (fn === OPS.endMarkedContent) open.pop();
      else if (painting.has(fn)) {
        painted++;
        // 01-003: nothing is drawn outside marked content.
        expect(open.length, `${path}: operator ${fn} #${i} outside marked content`).toBe(1);
      }
    });
    expect(painted).toBeGreaterThan(10);
    expect(open).toEqual([]);
  });

  it('02, 09, 14: a tree of standard types, in reading order, headed by one H1', async () => {
    const { tree, byId } = await parsed;
    const roles: string[] = [];
    const order: string[] = [];
    walk(tree, (n) => {
      if (n.role && n.role !== 'Root') roles.push(n.role);
      if (n.type === 'content' && n.id && byId.has(n.id)) order.push(squash(byId.get(n.id) ?? ''));
    });
    expect(roles[0]).toBe('Document');
    for (const role of roles) expect(standardTypes, path).toContain(role);
    // 14-002: the first (and only) heading is H1, and it is the key message.
    expect(roles.filter((r) => /^H\d?$/u.test(r))).toEqual(['H1']);
    const h1 = (tree.children?.[0]?.children ?? []).find((n) => n.role === 'H1');
    expect(squash(byId.get(h1?.children?.[0]?.id ?? '') ?? '')).toBe(squash(subject.headline));
    // The structure reads the texts in the layout's order, each whole.
    expect(order.join(' ')).toBe(squash(layout.blocks.map((b) => b.lines.join(' ')).join(' ')));
  });

  it('13: every figure has its alternative text and a bounding box', async () => {
    const { tree } = await parsed;
    const figures: Node[] = [];
    walk(tree, (n) => {
      if (n.role === 'Figure') figures.push(n);
    });
    const alts = figures.map((n) => n.alt);
    expect(alts, path).toEqual([
      ...subject.illustrations.map((i) => i.alt),
      f.lang === 'sv' ? 'QR-kod till samma adress' : 'QR code for the same address',
    ]);
    for (const n of figures) expect((n as { bbox?: number[] }).bbox).toHaveLength(4);
  });

  it('28: the link is an annotation inside a Link element, described, in tab order', async () => {
    const { tree, annotations } = await parsed;
    const links = annotations.filter((a) => a.subtype === 'Link');
    expect(links).toHaveLength(2); // the text and the QR code
    const inLink = new Set<string>();
    walk(tree, (n, parents) => {
      if (n.type === 'annotation' && parents.at(-1)?.role === 'Link') inLink.add(n.id ?? '');
    });
    for (const a of links) {
      expect(a.url).toBe(subject.readMore.url);
      expect(a.contentsObj?.str).toBe(`${subject.readMore.label}: ${subject.readMore.url}`);
      expect(
        [...inLink].some((id) => id.endsWith(a.id)),
        `${path}: ${a.id}`,
      ).toBe(true);
    }
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPage(0).node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
  });

  it('keeps the QR code’s quiet zone free: nothing within four modules of it', () => {
    const { qr } = layout;
    if (!qr) throw new Error(`${path}: the kit's poster has no QR code`);
    const zone = (qrQuietZone * qr.width) / qrCode(subject.readMore.url).size;
    for (const b of layout.blocks) {
      const apart =
        b.x + b.width + zone <= qr.x ||
        b.y + b.height + zone <= qr.y ||
        b.y >= qr.y + qr.height + zone;
      expect(apart, `${path}: ${b.field} is inside the QR code's quiet zone`).toBe(true);
    }
    expect(qr.y + qr.height + zone).toBeLessThanOrEqual(841.89);
  });

  it('06, 07, 11: marked, titled, in its language, with PDF/UA metadata', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const { catalog } = doc;
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFRef);
    const prefs = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(prefs.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toBe(
      f.lang === 'sv' ? '(sv-SE)' : '(en-GB)',
    );
    const metadata = catalog.lookup(PDFName.of('Metadata'));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = new TextDecoder().decode((metadata as PDFRawStream).getContents());
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const title = doc.getTitle() ?? '';
    expect(title).toContain(subject.headline);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${title.replace(/&/gu, '&amp;')}</`);
  });

  it('31: every font is embedded and maps its glyphs to Unicode', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const resources = doc.getPage(0).node.Resources();
    const fonts = resources?.lookup(PDFName.of('Font'), PDFDict);
    // pdf-lib names a font once per text it draws; the names point at two fonts.
    const refs = new Set((fonts?.values() ?? []).map(String));
    expect(refs.size).toBe(2);
    for (const name of fonts?.keys() ?? []) {
      const font = fonts?.lookup(name, PDFDict);
      expect(font?.get(PDFName.of('ToUnicode')), `${path} ${name.toString()}`).toBeDefined();
      const descendant = font?.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      const descriptor = descendant?.lookup(PDFName.of('FontDescriptor'), PDFDict);
      const file = ['FontFile', 'FontFile2', 'FontFile3'].filter((k) =>
        descriptor?.has(PDFName.of(k)),
      );
      expect(file, `${path} ${name.toString()}`).toHaveLength(1);
    }
  });
});

describe('the posters’ QR code', () => {
  it('reads back as the poster’s link, from the drawn page (pdf.js renders, jsQR decodes)', async () => {
    // One poster per link and size: the code is drawn the same way on every poster.
    const seen = new Set<string>();
    const cases = posters.filter((f) => {
      const key = `${subjectOf(f.area, f.lang).readMore.url} ${f.format}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const f of cases) {
      const task = getDocument({ data: read(f.path), useSystemFonts: false });
      const doc = await task.promise;
      const page = await doc.getPage(1);
      const viewport = page.getViewport({ scale: f.format === 'poster-a4' ? 2 : 1.4 });
      // pdf.js draws on @napi-rs/canvas in Node.
      const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
      const { canvas, context } = factory.create(viewport.width, viewport.height);
      await page.render({ canvas, canvasContext: context, viewport } as never).promise;
      const image = context.getImageData(0, 0, viewport.width, viewport.height);
      await task.destroy();
      expect(jsQR(image.data, image.width, image.height)?.data, f.path).toBe(
        subjectOf(f.area, f.lang).readMore.url,
      );
    }
  });
});

interface CanvasFactory {
  create: (
    width: number,
    height: number,
  ) => {
    canvas: unknown;
    context: {
      getImageData: (x: number, y: number, w: number, h: number) => ImageData;
    };
  };
}
