// The layout guarantees, checked on every file the build generated (dist/manifest.json):
// exact pixel sizes, PNG weight, text that fits and is not cut, glyphs in the embedded font,
// contrast from the token pairs, PDFs with selectable text, title and language, PPTX slides that
// open and hold their text, and ZIPs that hold everything plus the read-me.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { focusAreaIds, getContent, getKitStatus, locales } from '@ljungby/focus-content';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { resolvedColorSchemes } from '@ljungby/design-tokens';
import { contrastRatio, paletteOf } from '../src/colors.ts';
import { missingGlyphs, textWidth } from '../src/font.ts';
import { imageFormatIds, imageFormats } from '../src/format-layouts.ts';
import { imageLayout } from '../src/image-layout.ts';
import { layoutColumn, type PlacedBlock } from '../src/layout.ts';
import { kitAreaIds, subjectOf } from '../src/subject.ts';
import { posterLayout } from '../src/poster/index.ts';
import { distDir, pdfText, pngSize, readManifest } from './support.ts';

const manifest = readManifest();
const read = (path: string) => new Uint8Array(readFileSync(join(distDir, path)));
// Collapses the white space a line break replaces; keeps no-break spaces (35 000) as they are.
const squash = (s: string) => s.replace(/[ \t\r\n]+/gu, ' ').trim();

/** Every line fits its box by the font's own metrics, and the lines give back the whole text. */
function expectFits(blocks: PlacedBlock[], texts: Record<string, string>, where: string) {
  for (const b of blocks) {
    for (const line of b.lines)
      expect(
        textWidth(line, b.size, b.weight),
        `${where} ${b.field}: "${line}"`,
      ).toBeLessThanOrEqual(b.width);
    expect(b.lines.length * b.size * b.lineHeight).toBeCloseTo(b.height, 5);
    const source = texts[b.field];
    if (source !== undefined)
      expect(b.lines.join(' '), `${where} ${b.field} is cut`).toBe(squash(source));
    expect(missingGlyphs(b.text, b.weight), `${where} ${b.field} glyphs`).toEqual([]);
  }
  // Blocks do not overlap one another.
  const sorted = [...blocks].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur)
      expect(cur.y, `${where} ${cur.field} overlaps ${prev.field}`).toBeGreaterThanOrEqual(
        prev.y + prev.height - 0.01,
      );
  }
}

describe('the manifest', () => {
  it('lists every format of every area in every language', () => {
    const expected = ['png', 'svg'].flatMap((t) => imageFormatIds.map((f) => `${f}.${t}`));
    expected.push('slide.pptx', 'poster-a4.pdf', 'poster-a3.pdf', 'bundle.zip', 'read-me.txt');
    expect(manifest.areas).toEqual(kitAreaIds);
    for (const area of kitAreaIds)
      for (const lang of locales) {
        const got = manifest.files
          .filter((f) => f.area === area && f.lang === lang)
          .map((f) => `${f.format}.${f.fileType}`);
        expect(got.sort(), `${area}/${lang}`).toEqual([...expected].sort());
      }
    expect(manifest.files).toHaveLength(kitAreaIds.length * locales.length * expected.length);
  });

  it('gives every file its bytes, texts and credit; every picture an alt text', () => {
    for (const f of manifest.files) {
      const content = getContent(f.lang);
      expect(read(f.path).byteLength, f.path).toBe(f.bytes);
      expect(f.credit).toBe(content.license.credit);
      for (const text of [f.postTexts.short, f.postTexts.long]) {
        expect(text).toContain(f.credit);
        expect(text).toMatch(/https:\/\/\S+/u);
      }
      expect(f.postTexts.long.length).toBeGreaterThan(f.postTexts.short.length);
      expect(f.use.length, f.path).toBeGreaterThan(10);
      const kinds = {
        png: ['share-image', 'slide'],
        svg: ['share-image', 'slide'],
        pptx: ['slide'],
        pdf: ['poster'],
        zip: ['zip'],
        txt: ['read-me'],
      };
      expect(kinds[f.fileType], f.path).toContain(f.kind);
      if (['png', 'svg', 'pdf', 'pptx'].includes(f.fileType))
        expect(f.alt?.length ?? 0, f.path).toBeGreaterThan(40);
    }
  });

  it('takes the post texts from the content', () => {
    for (const id of focusAreaIds)
      for (const lang of locales) {
        const area = getContent(lang).focusAreas.find((a) => a.id === id);
        const f = manifest.files.find((x) => x.area === id && x.lang === lang);
        expect(f?.postTexts.short).toContain(area?.summary.short);
        expect(f?.postTexts.long).toContain(area?.summary.medium);
      }
  });
});

describe('images (PNG and SVG)', () => {
  const images = manifest.files.filter((f) => f.fileType === 'png' || f.fileType === 'svg');

  it('have exactly their format’s pixel size; PNGs weigh at most 500 kB', () => {
    for (const f of images) {
      const size = imageFormats[f.format as keyof typeof imageFormats];
      expect([f.width, f.height], f.path).toEqual([size.width, size.height]);
      const bytes = read(f.path);
      if (f.fileType === 'png') {
        expect(pngSize(bytes), f.path).toEqual({ width: size.width, height: size.height });
        expect(bytes.byteLength, f.path).toBeLessThanOrEqual(500_000);
      } else {
        const svg = strFromU8(bytes);
        expect(svg, f.path).toMatch(
          new RegExp(`^<svg[^>]* width="${size.width}" height="${size.height}"`, 'u'),
        );
      }
    }
  });

  it('fit every text in its box with the font’s metrics, uncut, in light and dark', () => {
    for (const area of kitAreaIds)
      for (const lang of locales)
        for (const format of imageFormatIds) {
          const s = subjectOf(area, lang);
          const where = `${area}/${lang}/${format}`;
          const blocks = layoutColumn(imageLayout(format, s).column, { file: where, format });
          expectFits(
            blocks,
            {
              eyebrow: s.eyebrow,
              headline: s.headline,
              body: s.body,
              credit: s.credit,
              'fact.value': s.fact?.value ?? '',
              'fact.label': s.fact?.label ?? '',
            },
            where,
          );
          const { box } = imageLayout(format, s).column;
          for (const b of blocks) {
            expect(b.x).toBeGreaterThanOrEqual(box.x);
            expect(b.y + b.height, `${where} ${b.field}`).toBeLessThanOrEqual(
              box.y + box.height + 0.01,
            );
            expect(b.y + b.height).toBeLessThanOrEqual(imageFormats[format].height);
            // Stories: Instagram and Facebook cover 250 px at the top and the bottom.
            if (format === 'story') {
              expect(b.y, `${where} ${b.field}`).toBeGreaterThanOrEqual(250);
              expect(b.y + b.height, `${where} ${b.field}`).toBeLessThanOrEqual(1920 - 250);
            }
          }
        }
  });

  it('draw text with at least 4.5:1 contrast from the token pairs, in light and dark', () => {
    for (const area of [...focusAreaIds, null])
      for (const scheme of resolvedColorSchemes) {
        const p = paletteOf(area, scheme);
        for (const fg of [p.text, p.textSubtle, p.accentText])
          expect(
            contrastRatio(fg, p.surface),
            `${area ?? 'default'} ${scheme} ${fg}`,
          ).toBeGreaterThanOrEqual(4.5);
      }
  });

  it('show the area’s key message in the alt text, and the illustration in the description', () => {
    for (const f of images) {
      const s = subjectOf(f.area, f.lang);
      expect(f.alt).toContain(s.headline.replace(/\.$/u, ''));
      expect(f.description).toContain(s.illustrationAlt.replace(/\.$/u, ''));
    }
  });
});

describe('posters (PDF)', () => {
  const posters = manifest.files.filter((f) => f.fileType === 'pdf');

  it('have selectable text with the key message, source, link and credit', async () => {
    for (const f of posters) {
      const s = subjectOf(f.area, f.lang);
      const text = squash(await pdfText(read(f.path)));
      for (const part of [s.eyebrow, s.headline, s.sourceLine, s.readMore.url, s.credit])
        expect(text, `${f.path}: ${part}`).toContain(squash(part));
    }
  });

  it('set the document language and title, at A4 and A3 size', async () => {
    for (const f of posters) {
      const doc = await PDFDocument.load(read(f.path), { updateMetadata: false });
      const lang = doc.catalog.lookup(PDFName.of('Lang'), PDFString);
      expect(lang.decodeText(), f.path).toBe(f.lang === 'sv' ? 'sv-SE' : 'en-GB');
      expect(doc.getTitle(), f.path).toContain(subjectOf(f.area, f.lang).headline);
      const { width, height } = doc.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual(
        f.format === 'poster-a4' ? [595, 842] : [842, 1191],
      );
    }
  });

  it('fit every text on the page, uncut', () => {
    for (const f of posters) {
      const s = subjectOf(f.area, f.lang);
      const { blocks } = posterLayout(s, f.path, f.format as 'poster-a4');
      expectFits(
        blocks,
        { headline: s.headline, body: s.body, credit: s.credit, sourceLine: s.sourceLine },
        f.path,
      );
      for (const b of blocks) expect(b.y + b.height).toBeLessThanOrEqual(842);
    }
  });
});

describe('slides (PPTX)', () => {
  it('open as a zip of Office XML and hold the texts, editable, with language and alt text', () => {
    for (const f of manifest.files.filter((x) => x.fileType === 'pptx')) {
      const s = subjectOf(f.area, f.lang);
      const zip = unzipSync(read(f.path));
      expect(Object.keys(zip)).toContain('[Content_Types].xml');
      const xml = strFromU8(zip['ppt/slides/slide1.xml'] ?? new Uint8Array());
      const texts = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) =>
        m[1]
          ?.replace(/&apos;/gu, "'")
          .replace(/&quot;/gu, '"')
          .replace(/&amp;/gu, '&'),
      );
      expect(texts, f.path).toEqual(expect.arrayContaining([s.eyebrow, s.headline, s.credit]));
      expect(xml).toContain(`lang="${f.lang === 'sv' ? 'sv-SE' : 'en-GB'}"`);
      expect(xml).toContain(`descr="${s.illustrationAlt.replace(/'/gu, '&apos;')}"`);
    }
  });
});

describe('ZIPs', () => {
  it('hold every file of their area and language, the read-me and the font licence', () => {
    for (const f of manifest.files.filter((x) => x.fileType === 'zip')) {
      const content = getContent(f.lang);
      const zip = unzipSync(read(f.path));
      const siblings = manifest.files.filter(
        (x) => x.area === f.area && x.lang === f.lang && x.kind !== 'zip' && x.kind !== 'read-me',
      );
      for (const s of siblings)
        expect(zip[s.path.split('/').at(-1) ?? '']?.byteLength, `${f.path}: ${s.path}`).toBe(
          s.bytes,
        );
      const readMe = strFromU8(
        zip[f.lang === 'sv' ? 'Läs mig först.txt' : 'Read me first.txt'] ?? new Uint8Array(),
      );
      expect(readMe).toContain(f.credit);
      // The licence as the kit's status says it (a proposal until the municipality decides).
      expect(readMe).toContain(getKitStatus(f.lang).say.licence);
      expect(readMe).toContain(content.collaboration.partnerLine);
      for (const p of content.partners) expect(readMe).toContain(p.name);
      for (const s of siblings) if (s.alt) expect(readMe).toContain(s.alt);
      expect(strFromU8(zip['LICENSE-FONT.txt'] ?? new Uint8Array())).toContain(
        'SIL OPEN FONT LICENSE',
      );
    }
  });
});
