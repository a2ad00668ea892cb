// Where the claims check looks: the prose of YAML and Markdown files as segments, each with its
// place in the file so that a finding names the line. Small inputs, in-process.
import { describe, expect, it } from 'vitest';
import { lineAt, markdownSegments, yamlSegments } from '../../scripts/lib/claims/segments.ts';

describe('lineAt', () => {
  it('gives the 1-based line of an offset', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});

describe('yamlSegments', () => {
  const yaml = [
    'title: Vatten för 18 kommuner',
    'url: https://example.se/',
    'src: bild.jpg',
    'expires: "2030-01-01"',
    'checked: "2026-11-26"',
    'status: C',
    'website: https://example.se/',
    'source: En källa',
    'id: bolmen-yta',
    'count: 12',
    'items:',
    '  - Första punkten',
    '  - deep:',
    '      text: Längst in',
    '',
  ].join('\n');

  it('takes every prose string with its range, skipping addresses, dates, statuses, sources and ids', () => {
    const segments = yamlSegments('f.yaml', yaml, 100, () => true);
    expect(segments.map((s) => s.text)).toEqual([
      'Vatten för 18 kommuner',
      'Första punkten',
      'Längst in',
    ]);
    const [title] = segments;
    expect(title).toEqual({
      file: 'f.yaml',
      text: 'Vatten för 18 kommuner',
      start: 107,
      end: 129,
      numbers: true,
    });
  });

  it('asks the caller, with the keys that lead to a string, whether its numbers count', () => {
    const seen: string[][] = [];
    const segments = yamlSegments('f.yaml', yaml, 0, (keys) => {
      seen.push(keys);
      return keys[0] === 'items';
    });
    expect(seen).toEqual([['title'], ['items'], ['items', 'deep', 'text']]);
    expect(segments.map((s) => s.numbers)).toEqual([false, true, true]);
  });

  it('gives nothing for YAML that does not parse (the loader reports it)', () => {
    expect(yamlSegments('f.yaml', 'a: [b\nc: "', 0, () => true)).toEqual([]);
  });

  it('reads a key that is not a plain scalar as no key', () => {
    const segments = yamlSegments('f.yaml', '? [a, b]\n: Ett värde\n', 0, () => true);
    expect(segments.map((s) => s.text)).toEqual(['Ett värde']);
  });
});

describe('markdownSegments', () => {
  it('gives one segment per paragraph, heading and list item, after the frontmatter', () => {
    const raw =
      '---\nx: 1\n---\nEtt stycke\nsom fortsätter.\n\n### Rubrik\n\n- punkt ett\n* punkt två\n1. nummer\n';
    const body = raw.indexOf('Ett');
    const segments = markdownSegments('a.md', raw, body);
    expect(segments.map((s) => s.text)).toEqual([
      'Ett stycke\nsom fortsätter.',
      'Rubrik',
      'punkt ett',
      'punkt två',
      'nummer',
    ]);
    for (const s of segments) {
      expect(raw.slice(s.start, s.end)).toBe(s.text);
      expect(s.file).toBe('a.md');
      expect(s.numbers).toBe(true);
    }
  });

  it('blanks link targets so that their digits and names are not read, keeping offsets', () => {
    const raw = 'Läs [här](https://x.se/18-Namn) och 3.';
    const [segment] = markdownSegments('a.md', raw, 0);
    expect(segment?.text).toBe(`Läs [här]${' '.repeat(22)} och 3.`);
    expect(segment?.text.length).toBe(raw.length);
    expect(segment?.end).toBe(raw.length);
  });

  it('ends a paragraph at a blank line, a heading or a list item', () => {
    const raw = 'ett\ntvå\n## rubrik\n\ntre\n- punkt\n3. sista\n\nfyra';
    expect(markdownSegments('a.md', raw, 0).map((s) => s.text)).toEqual([
      'ett\ntvå',
      'rubrik',
      'tre',
      'punkt',
      'sista',
      'fyra',
    ]);
  });
});
