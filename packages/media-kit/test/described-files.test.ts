// Every file describes itself. SVGs carry a title, a description (the manifest's description),
// role="img" and their language, and keep every text live and editable in the named typeface,
// line for line as laid out. The slide's key message is its title placeholder, first in reading
// order, and the decorative accent bar is not a shape on the slide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fontFamily } from '../src/font.ts';
import type { ImageFormat } from '../src/format-layouts.ts';
import { imageLayout } from '../src/image-layout.ts';
import { layoutColumn } from '../src/layout.ts';
import { subjectOf } from '../src/subject.ts';
import { distDir, readManifest } from './support.ts';

const manifest = readManifest();
const read = (path: string) => strFromU8(new Uint8Array(readFileSync(join(distDir, path))));
const unescape = (s: string) =>
  s
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
const linesOf = (f: { area: string; lang: string; format: string; path: string }) =>
  layoutColumn(imageLayout(f.format as ImageFormat, subjectOf(f.area, f.lang)).column, {
    file: f.path,
    format: f.format,
  });

describe('SVG files', () => {
  const svgs = manifest.files.filter((f) => f.fileType === 'svg');

  it('carry a title, the alt text as description, role="img" and their language', () => {
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) {
      const svg = read(f.path);
      const s = subjectOf(f.area, f.lang);
      const root = /^<svg\b[^>]*>/u.exec(svg)?.[0] ?? '';
      expect(root, f.path).toContain('role="img"');
      expect(root, f.path).toContain(`xml:lang="${f.lang}"`);
      expect(root, f.path).toContain(` lang="${f.lang}"`);
      // The title and description come first, as SVG readers look for them there.
      const head = /^<svg\b[^>]*><title>([^<]*)<\/title><desc>([^<]*)<\/desc>/u.exec(svg);
      expect(head, f.path).not.toBeNull();
      expect(unescape(head?.[1] ?? '')).toBe(`${s.eyebrow} – ${s.headline}`);
      expect(unescape(head?.[2] ?? '')).toBe(f.description);
    }
  });

  it('keep every text live and editable, in the named typeface, line for line', () => {
    for (const f of svgs) {
      const svg = read(f.path);
      expect(svg, f.path).toContain(`font-family="'${fontFamily}', sans-serif"`);
      const texts = [...svg.matchAll(/<text id="([^"]+)"[^>]*>(.*?)<\/text>/gu)].map((m) => ({
        field: m[1],
        lines: [...(m[2] ?? '').matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/gu)].map((t) =>
          unescape(t[1] ?? ''),
        ),
      }));
      const blocks = linesOf(f);
      expect(texts, f.path).toEqual(blocks.map((b) => ({ field: b.field, lines: b.lines })));
    }
  });
});

describe('PPTX slides', () => {
  const slides = manifest.files.filter((f) => f.fileType === 'pptx');

  it('have the key message as the title placeholder, first in reading order', () => {
    expect(slides.length).toBeGreaterThan(0);
    for (const f of slides) {
      const zip = unzipSync(new Uint8Array(readFileSync(join(distDir, f.path))));
      const xml = strFromU8(zip['ppt/slides/slide1.xml'] ?? new Uint8Array());
      const shapes = [...xml.matchAll(/<p:(sp|pic)>(.*?)<\/p:\1>/gsu)].map((m) => ({
        kind: m[1],
        name: /<p:cNvPr id="\d+" name="([^"]*)"/u.exec(m[2] ?? '')?.[1],
        title: /<p:ph\s[^>]*type="title"/u.test(m[2] ?? ''),
        text: [...(m[2] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/gu)]
          .map((t) => unescape(t[1] ?? ''))
          .join(''),
        alt: /descr="([^"]*)"/u.exec(m[2] ?? '')?.[1],
      }));
      const blocks = linesOf({ ...f, format: 'slide' });
      const headline = blocks.find((b) => b.field === 'headline');
      // Reading order: the title, the other texts as laid out, then the picture with its alt.
      expect(
        shapes.map((x) => x.name),
        f.path,
      ).toEqual([
        'headline',
        ...blocks.filter((b) => b !== headline).map((b) => b.field),
        'illustration',
      ]);
      expect(shapes[0]?.title, f.path).toBe(true);
      expect(shapes.filter((x) => x.title)).toHaveLength(1);
      expect(shapes[0]?.text).toBe(headline?.lines.join(' '));
      expect(unescape(shapes.at(-1)?.alt ?? '')).toBe(subjectOf(f.area, f.lang).illustrationAlt);
      // The accent bar is decoration: on the slide's layout, not among the slide's shapes.
      expect(
        shapes.every((x) => x.text !== '' || x.kind === 'pic'),
        f.path,
      ).toBe(true);
    }
  });
});
