// Bad input stops the build with an error that names the file, the field and the format; a
// text is never cut to make it fit. Each case plants one problem in a copy of the content.
import {
  focusAreaIds,
  getContent,
  illustrations,
  type LocaleContent,
} from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { renderShareImage } from '../src/share-image.ts';
import { kitAreaIds } from '../src/subject.ts';
import { generate } from '../scripts/generate.ts';

const id = focusAreaIds[1];
const copy = (): LocaleContent => structuredClone(getContent('en'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const squarePng = escape(`files/${id}/en/ljungby-${id}-en-square.png`);

const build = (content: LocaleContent | undefined, extra: Parameters<typeof generate>[0] = {}) =>
  generate({
    areas: [id],
    langs: ['en'],
    content: content ? { en: content } : {},
    dryRun: true,
    ...extra,
  });

describe('bad input', () => {
  it('a key message too long for a format names file, field and format', async () => {
    const content = copy();
    const area = content.focusAreas.find((a) => a.id === id);
    if (area) area.keyMessages[0] = `${area.keyMessages[0] ?? ''} `.repeat(6).trim();
    await expect(build(content)).rejects.toThrow(
      new RegExp(
        `${squarePng}: field "headline" \\(format "square"\\): the text does not fit`,
        'u',
      ),
    );
  });

  it('a word wider than its box names the field', async () => {
    const content = copy();
    const area = content.focusAreas.find((a) => a.id === id);
    if (area) area.name = 'W'.repeat(60);
    await expect(build(content)).rejects.toThrow(
      /field "eyebrow" \(format "square"\): the word "W+" is \d+ wide/u,
    );
  });

  it('a missing illustration names the illustration and the format', async () => {
    await expect(
      build(undefined, {
        illustrations: { [id]: { viewBox: illustrations[id].viewBox, shapes: [] } },
      }),
    ).rejects.toThrow(
      new RegExp(
        `${squarePng}: field "focusAreas\\.${id}\\.illustration" \\(format "square"\\): the illustration of ${id} is missing`,
        'u',
      ),
    );
  });

  it('an unknown area names the area field', async () => {
    await expect(build(undefined, { areas: ['skog'] })).rejects.toThrow(
      new RegExp(
        `files/skog/en/ljungby-skog-en-square\\.png: field "area" \\(format "square"\\): unknown area "skog"; expected one of ${kitAreaIds.join(', ')}$`,
        'u',
      ),
    );
    await expect(renderShareImage({ area: 'skog', format: 'square' })).rejects.toThrow(
      /field "area"/u,
    );
  });

  it('a character the font cannot draw names the field and the character', async () => {
    const content = copy();
    const area = content.focusAreas.find((a) => a.id === id);
    if (area) area.keyMessages[0] = 'Water 🌊 reaches Skåne.';
    await expect(build(content)).rejects.toThrow(
      /field "headline" \(format "square"\): the font Atkinson Hyperlegible Next has no glyph for "🌊" \(U\+1F30A\)/u,
    );
  });

  it('an unknown format or colour scheme is refused by the API', async () => {
    await expect(renderShareImage({ area: id, format: 'banner' as 'square' })).rejects.toThrow(
      /field "format" \(format "banner"\): unknown format; expected one of square, portrait/u,
    );
    await expect(
      renderShareImage({ area: id, format: 'square', colorScheme: 'sepia' as 'dark' }),
    ).rejects.toThrow(/field "colorScheme"/u);
  });
});
