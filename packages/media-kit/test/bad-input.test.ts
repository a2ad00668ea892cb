// Bad input stops the build with an error that names the file, the field and the format; a
// text is never cut to make it fit. Each case plants one problem in a copy of the content.
import { getContent, illustrations, type LocaleContent } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { renderShareImage } from '../src/share-image.ts';
import { generate } from '../scripts/generate.ts';

const copy = (): LocaleContent => structuredClone(getContent('en'));

const build = (content: LocaleContent | undefined, extra: Parameters<typeof generate>[0] = {}) =>
  generate({
    areas: ['vatten'],
    langs: ['en'],
    content: content ? { en: content } : {},
    dryRun: true,
    ...extra,
  });

describe('bad input', () => {
  it('a key message too long for a format names file, field and format', async () => {
    const content = copy();
    const area = content.focusAreas.find((a) => a.id === 'vatten');
    if (area) area.keyMessages[0] = `${area.keyMessages[0] ?? ''} `.repeat(6).trim();
    await expect(build(content)).rejects.toThrow(
      /files\/vatten\/en\/ljungby-vatten-en-square\.png: field "headline" \(format "square"\): the text does not fit/u,
    );
  });

  it('a word wider than its box names the field', async () => {
    const content = copy();
    const area = content.focusAreas.find((a) => a.id === 'vatten');
    if (area) area.name = 'W'.repeat(60);
    await expect(build(content)).rejects.toThrow(
      /field "eyebrow" \(format "square"\): the word "W+" is \d+ wide/u,
    );
  });

  it('a missing illustration names the illustration and the format', async () => {
    await expect(
      build(undefined, {
        illustrations: { vatten: { viewBox: illustrations.vatten.viewBox, shapes: [] } },
      }),
    ).rejects.toThrow(
      /files\/vatten\/en\/ljungby-vatten-en-square\.png: field "focusAreas\.vatten\.illustration" \(format "square"\): the illustration of vatten is missing/u,
    );
  });

  it('an unknown area names the area field', async () => {
    await expect(build(undefined, { areas: ['skog'] })).rejects.toThrow(
      /files\/skog\/en\/ljungby-skog-en-square\.png: field "area" \(format "square"\): unknown area "skog"; expected one of unga-vuxna, vatten/u,
    );
    await expect(renderShareImage({ area: 'skog', format: 'square' })).rejects.toThrow(
      /field "area"/u,
    );
  });

  it('a character the font cannot draw names the field and the character', async () => {
    const content = copy();
    const area = content.focusAreas.find((a) => a.id === 'vatten');
    if (area) area.keyMessages[0] = 'Water 🌊 reaches Skåne.';
    await expect(build(content)).rejects.toThrow(
      /field "headline" \(format "square"\): the font Atkinson Hyperlegible Next has no glyph for "🌊" \(U\+1F30A\)/u,
    );
  });

  it('an unknown format or colour scheme is refused by the API', async () => {
    await expect(
      renderShareImage({ area: 'vatten', format: 'banner' as 'square' }),
    ).rejects.toThrow(
      /field "format" \(format "banner"\): unknown format; expected one of square, portrait/u,
    );
    await expect(
      renderShareImage({ area: 'vatten', format: 'square', colorScheme: 'sepia' as 'dark' }),
    ).rejects.toThrow(/field "colorScheme"/u);
  });
});
