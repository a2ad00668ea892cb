// imageLayout's geometry checked against the rules it follows rather than against its own output:
// the logo's size limits and its plate, the gaps of the texts at the bottom, the column beside the
// picture and the panel behind texts on a photo. Mutation testing found these unchecked.
import { getPartners } from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { spaceRem } from '../src/colors.ts';
import { MediaKitError } from '../src/errors.ts';
import {
  formatLayouts,
  imageFormatIds,
  imageFormats,
  type ImageFormat,
} from '../src/format-layouts.ts';
import { imageLayout, logoMaxRatio } from '../src/image-layout.ts';
import { ownSubject, type OwnMaterial } from '../src/own-material.ts';
import { subjectOf } from '../src/subject.ts';

/** A step of the tokens' space scale in px, at the format's rem. */
const sp = (format: ImageFormat, step: string) => spaceRem(step) * formatLayouts[format].rem;

const own: OwnMaterial = {
  locale: 'sv',
  look: 'neutral',
  organisation: 'Berättarföreningen',
  headline: 'Sagokväll på biblioteket',
  body: 'Kom och lyssna.',
  place: 'Stadsbiblioteket',
  link: 'https://www.example.org/sagokvall/',
};
const logoOf = (width: number, height: number) => ({
  href: 'data:image/png;base64,AA==',
  width,
  height,
});
const photo = { href: 'data:image/jpeg;base64,AA==', width: 400, height: 300 };
const focus = { x: 0.5, y: 0.5 };

describe('the logo in the bottom corner of the text column', () => {
  it('a 3:1 logo in the square: as high as the corner, on a plate with a quarter-height margin', () => {
    // Worked by hand: the corner is 84 px high, so the margin is 21; the square's column ends at
    // x 1000 (80 px padding) and y 1020 (20 px into the bottom padding).
    const layout = imageLayout('square', ownSubject({ ...own, logo: logoOf(300, 100) }));
    expect(layout.logo).toEqual({
      plate: { x: 706, y: 894, width: 294, height: 126 },
      box: { x: 727, y: 915, width: 252, height: 84 },
      radius: 15,
    });
    // The texts keep clear of the plate and of space step 5 (30 px) beside it.
    expect(layout.column.corner).toEqual({ width: 324, height: 126, gap: 30 });
  });

  it.each(imageFormatIds)(
    '%s: the plate sits in the column’s corner, its margin all round',
    (format) => {
      const h = formatLayouts[format].own.logo;
      const { logo, column } = imageLayout(format, ownSubject({ ...own, logo: logoOf(300, 100) }));
      if (!logo) throw new Error('no logo');
      const margin = h / 4;
      expect(logo.box).toMatchObject({ width: 3 * h, height: h });
      expect(logo.plate).toEqual({
        x: column.box.x + column.box.width - (3 * h + 2 * margin),
        y: column.box.y + column.box.height - (h + 2 * margin),
        width: 3 * h + 2 * margin,
        height: h + 2 * margin,
      });
      expect(logo.box.x).toBe(logo.plate.x + margin);
      expect(logo.box.y).toBe(logo.plate.y + margin);
    },
  );

  it('a logo wider than 4:1 is 4 corner heights wide, lower, and centred on its plate', () => {
    // 6:1 in the square: 336 px wide (4 × 84), so 56 px high, 14 px above and below it.
    const { logo } = imageLayout('square', ownSubject({ ...own, logo: logoOf(600, 100) }));
    expect(logo?.plate).toEqual({ x: 622, y: 894, width: 378, height: 126 });
    expect(logo?.box).toEqual({ x: 643, y: 929, width: 336, height: 56 });
  });

  it.each(imageFormatIds)(
    '%s: a logo at the widest shape allowed is half the corner high',
    (format) => {
      const h = formatLayouts[format].own.logo;
      expect(logoMaxRatio).toBe(8);
      const { logo } = imageLayout(format, ownSubject({ ...own, logo: logoOf(800, 100) }));
      if (!logo) throw new Error('no logo');
      expect(logo.box.width).toBe(4 * h);
      expect(logo.box.height).toBe(h / 2);
      // Centred: as far below the plate's middle as above it.
      expect(logo.box.y + logo.box.height / 2).toBe(logo.plate.y + logo.plate.height / 2);
    },
  );

  it('refuses a logo any wider, naming the image, the format and how wide it is', () => {
    const wide = ownSubject({ ...own, logo: logoOf(810, 100) });
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof MediaKitError) return error;
        throw error;
      }
      throw new Error('the logo was not refused');
    };
    const shape = 'the logo is 8.1 times as wide as it is high; at most 8 fits';
    expect(refusal(() => imageLayout('story', wide))).toMatchObject({
      kind: 'logo-shape',
      field: 'logo',
      file: 'image',
      format: 'story',
      message: `image: field "logo" (format "story"): ${shape}`,
    });
    expect(refusal(() => imageLayout('slide', wide, 'sagokvall.png'))).toMatchObject({
      file: 'sagokvall.png',
      format: 'slide',
    });
  });
});

describe('the texts at the bottom of the column', () => {
  const [partner] = getPartners('sv');
  if (!partner) throw new Error('the content has no partners');
  // A named partner: the kit's credit, then the partner line under it.
  const credited = ownSubject({ ...own, partner: partner.id });
  const gaps = (format: ImageFormat, s: ReturnType<typeof ownSubject>) =>
    imageLayout(format, s).column.bottom.map((b) => [b.field, b.gap]);

  it.each(imageFormatIds)(
    '%s: the link its own gap below the top, the credit space step 4 under it, then step 1',
    (format) => {
      expect(gaps(format, credited)).toEqual([
        ['link', sp(format, formatLayouts[format].own.link.gap)],
        ['credit', sp(format, '4')],
        ['creditLines.0', sp(format, '1')],
      ]);
    },
  );

  it.each(imageFormatIds)(
    '%s: without a link, the credit takes the format’s credit gap',
    (format) => {
      expect(gaps(format, { ...credited, link: '' })).toEqual([
        ['credit', sp(format, formatLayouts[format].credit.gap)],
        ['creditLines.0', sp(format, '1')],
      ]);
    },
  );

  it('is empty for own text on an own photo that names no photographer', () => {
    const s = ownSubject({
      ...own,
      link: '',
      photo: { ...photo, focus, alt: 'Ett bibliotek.', credit: ' ' },
    });
    expect(s.credit).toBe('');
    expect(imageLayout('portrait', s).column.bottom).toEqual([]);
  });
});

describe('the texts at the top of the column', () => {
  const kit = subjectOf('vision', 'sv');
  const none = { eyebrow: [], headline: [], body: [], fact: [] };

  it('draws the sources of figures in the eyebrow and headline right under the top texts', () => {
    const s = { ...kit, sources: { ...none, eyebrow: ['SCB'], headline: ['Region Kronoberg'] } };
    expect(imageLayout('square', s).column.top.at(-1)).toMatchObject({
      field: 'sources',
      text: 'Källor: SCB; Region Kronoberg',
      gap: sp('square', '2'),
    });
  });

  it('leaves out a text that is only spaces', () => {
    const s = { ...kit, eyebrow: '  ', sources: none };
    expect(imageLayout('square', s).column.top.map((b) => b.field)).toEqual(['headline']);
  });
});

describe('the column beside the picture', () => {
  it.each(['link-preview', 'slide'] as const)(
    '%s: ends its margin above the bottom, however far the text drops',
    (format) => {
      const { height: H } = imageFormats[format];
      const { visual } = formatLayouts[format];
      if (visual.place !== 'beside') throw new Error('the picture is not beside the text');
      const { box } = imageLayout(format, subjectOf('vision', 'sv')).column;
      expect(box.y + box.height).toBe(H - sp(format, visual.margin));
    },
  );
});

describe('the panel behind the texts on a photo', () => {
  it.each(imageFormatIds)(
    '%s: reaches space step 5 beyond the texts, step-4 corners, within the image',
    (format) => {
      const { width, height } = imageFormats[format];
      const behind = ownSubject({
        ...own,
        photo: { ...photo, focus, background: true, alt: 'Ett bibliotek.', credit: 'A' },
      });
      expect(imageLayout(format, behind).scrim).toEqual({
        margin: sp(format, '5'),
        radius: sp(format, '4'),
        bounds: { x: 0, y: 0, width, height },
      });
      const framed = ownSubject({
        ...own,
        photo: { ...photo, focus, alt: 'Ett bibliotek.', credit: 'A' },
      });
      expect(imageLayout(format, framed).scrim).toBeUndefined();
    },
  );
});
