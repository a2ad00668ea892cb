// A partner's own material (the template studio's subject): credits that name exactly what is
// reused, the partner line only for a named partner, the event line, the logo's room and the
// photo's crop, and how many characters to cut when a text does not fit.
import {
  getCollaboration,
  getContent,
  getCreditLine,
  getPartners,
  focusAreaIds,
} from '@ljungby/focus-content';
import { describe, expect, it } from 'vitest';
import { drawImage, imageBlocks } from '../src/draw-image.ts';
import { ownPictures } from '../src/own-pictures.ts';
import { MediaKitError } from '../src/errors.ts';
import { imageFormatIds, imageFormats } from '../src/format-layouts.ts';
import { cutsToFit } from '../src/fit.ts';
import { imageLayout } from '../src/image-layout.ts';
import { eventLine, linkText, ownSubject, type OwnMaterial } from '../src/own-material.ts';
import { photoPlacement } from '../src/picture.ts';
import { scrimFor } from '../src/scrim.ts';
import { subjectOf } from '../src/subject.ts';

const area = focusAreaIds[2];
const base: OwnMaterial = {
  locale: 'sv',
  look: area,
  organisation: 'Berättarföreningen',
  headline: 'Sagokväll på biblioteket',
  body: 'Kom och lyssna. Fri entré.',
  date: '2027-03-12',
  time: '18:00',
  place: 'Stadsbiblioteket',
  link: 'https://www.example.org/sagokvall/',
};
const logo = { href: 'data:image/png;base64,AA==', width: 300, height: 100 };
const photo = {
  href: 'data:image/jpeg;base64,AA==',
  width: 4000,
  height: 3000,
  focus: { x: 0.9, y: 0.5 },
  alt: 'Barn som lyssnar.',
  credit: 'Anna Andersson',
};

describe('ownSubject', () => {
  it('credits only the illustration beside the partner’s own text', () => {
    const s = ownSubject(base);
    expect(s.credit).toBe(getCreditLine('sv', 'illustrations'));
    expect(s.creditLines).toEqual([]);
  });

  it('credits texts and illustrations when a kit text is used as it is, and notes a change', () => {
    const key = getContent('sv').focusAreas[2]?.keyMessages[0] ?? '';
    expect(ownSubject({ ...base, headline: key }).credit).toBe(getCreditLine('sv'));
    expect(ownSubject({ ...base, headline: `${key} Välkommen!`, textFromKit: true }).credit).toBe(
      `${getCreditLine('sv')}. ${getContent('sv').license.changedNote}`,
    );
  });

  it('gives an own photo its own credit and no kit credit for own text', () => {
    const s = ownSubject({ ...base, photo });
    expect(s.credit).toBe('');
    expect(s.creditLines).toEqual(['Foto: Anna Andersson']);
    expect(s.illustrations).toEqual([]);
    expect(s.illustrationAlt).toBe('Barn som lyssnar.');
  });

  it('draws the partner line only for a partner the municipality named, under its own name', () => {
    const [partner] = getPartners('en');
    if (!partner) throw new Error('the content has no partners');
    const s = ownSubject({ ...base, locale: 'en', partner: partner.id, organisation: 'Anyone' });
    expect(s.eyebrow).toBe(partner.name);
    expect(s.creditLines).toEqual([getCollaboration('en').partnerLine]);
    expect(ownSubject(base).creditLines).not.toContain(getCollaboration('sv').partnerLine);
    expect(() => ownSubject({ ...base, partner: 'ljungby-kommun' })).toThrow(/unknown partner/);
  });

  it('uses the neutral look’s accent and every area’s illustration', () => {
    const s = ownSubject({ ...base, look: 'neutral' });
    expect(s.accentArea).toBeNull();
    expect(s.illustrations).toHaveLength(focusAreaIds.length);
  });
});

describe('the words of an event and a link', () => {
  it('writes date, time and place in each language', () => {
    expect(eventLine('sv', base)).toBe('Fredag 12 mars kl. 18.00 · Stadsbiblioteket');
    expect(eventLine('en', { ...base, place: '' })).toBe('Friday 12 March at 18:00');
    expect(eventLine('sv', { place: 'Bolmen' })).toBe('Bolmen');
  });

  it('shows a link as a reader types it', () => {
    expect(linkText('https://www.example.org/sagokvall/')).toBe('example.org/sagokvall');
    expect(linkText('http://example.org')).toBe('example.org');
  });
});

describe('the own parts of the image layout', () => {
  it('leave the kit’s own images as they were', () => {
    for (const format of imageFormatIds) {
      const layout = imageLayout(format, subjectOf(area, 'sv'));
      expect(layout.logo).toBeUndefined();
      expect(layout.column.corner).toBeUndefined();
    }
  });

  it('keep the logo inside the image, beside the texts, within its safe zone', () => {
    for (const format of imageFormatIds) {
      const s = ownSubject({ ...base, logo });
      const { logo: place, column } = imageLayout(format, s);
      const { width, height } = imageFormats[format];
      if (!place) throw new Error(`${format}: no logo`);
      expect(place.plate.x + place.plate.width, format).toBeLessThanOrEqual(width);
      expect(place.plate.y + place.plate.height, format).toBeLessThanOrEqual(height);
      expect(place.box.x - place.plate.x, `${format} safe zone`).toBeGreaterThan(0);
      const { blocks } = drawImage(s, format, 'light', 'test', ownPictures);
      for (const b of blocks) {
        const beside = b.x + b.width <= place.plate.x;
        const above = b.y + b.height <= place.plate.y;
        expect(beside || above, `${format} ${b.field} overlaps the logo`).toBe(true);
      }
      expect(column.corner?.width).toBeGreaterThan(place.plate.width);
    }
  });

  it('refuses a logo too wide to be read at its smallest size', () => {
    const wide = { ...logo, width: 1000, height: 100 };
    expect(() => imageLayout('square', ownSubject({ ...base, logo: wide }))).toThrow(
      expect.objectContaining({ kind: 'logo-shape', field: 'logo' }),
    );
  });

  it('crops a photo to fill its box around the focus point, never stretched', () => {
    const box = { x: 10, y: 20, width: 600, height: 300 };
    const placed = photoPlacement(photo, box);
    expect(placed.width / placed.height).toBeCloseTo(photo.width / photo.height, 6);
    expect(placed.width).toBeGreaterThanOrEqual(box.width);
    expect(placed.height).toBeGreaterThanOrEqual(box.height);
    // The focus point at 90 % across: the right edge of the photo meets the box's.
    expect(placed.x + placed.width).toBeCloseTo(box.x + box.width, 6);
  });
});

describe('cutsToFit', () => {
  const square = (s: ReturnType<typeof ownSubject>) => imageBlocks(s, 'square', 'test');

  it('is empty when everything fits', () => {
    expect(cutsToFit(ownSubject(base), square)).toEqual([]);
  });

  it('names the fewest characters to cut, by the real layout', () => {
    const long = ownSubject({ ...base, headline: 'Sagokväll '.repeat(14).trim() });
    const cuts = cutsToFit(long, square);
    const headline = cuts.find((c) => c.field === 'headline');
    if (!headline) throw new Error('no cut for the headline');
    const chars = Array.from(long.headline);
    const cut = (n: number) => ({
      ...long,
      headline: chars
        .slice(0, chars.length - n)
        .join('')
        .trimEnd(),
    });
    expect(() => square(cut(headline.chars))).not.toThrow();
    expect(() => square(cut(headline.chars - 1))).toThrow(MediaKitError);
  });
});

describe('a photo behind the texts', () => {
  const samples = (rgb: [number, number, number]) => ({
    width: 8,
    height: 6,
    rgb: Array.from({ length: 48 }, () => rgb).flat(),
  });
  const withPhoto = (rgb: [number, number, number] | null) =>
    ownSubject({
      ...base,
      photo: { ...photo, background: true, ...(rgb ? { samples: samples(rgb) } : {}) },
    });

  it('fills the image, with the texts on a panel whose opacity keeps 4.5:1 over the photo', () => {
    for (const rgb of [
      [255, 255, 255],
      [0, 0, 0],
      [120, 40, 160],
    ] as [number, number, number][]) {
      for (const scheme of ['light', 'dark'] as const) {
        const image = drawImage(withPhoto(rgb), 'portrait', scheme, 'test', ownPictures);
        const opacity = Number(/fill-opacity="([\d.]+)"/u.exec(image.svg)?.[1]);
        expect(opacity, `${rgb.join(',')} ${scheme}`).toBeGreaterThanOrEqual(0.85);
        expect(opacity).toBeLessThanOrEqual(1);
        for (const c of image.contrast) expect(c.ratio, c.field).toBeGreaterThanOrEqual(4.5);
      }
    }
    const layout = imageLayout('story', withPhoto(null));
    expect(layout.visual).toEqual({ x: 0, y: 0, width: 1080, height: 1920 });
    // The texts gather at the bottom of their column, above the story app's buttons.
    expect(layout.column.align).toBe('bottom');
    const { blocks } = drawImage(withPhoto(null), 'story', 'dark', 'test', ownPictures);
    const end = Math.max(...blocks.map((b) => b.y + b.height));
    expect(end).toBeLessThanOrEqual(1920 - 250);
    // The Node API leaves the photo's code out: it says where to get it rather than drop it.
    expect(() => drawImage(withPhoto(null), 'story', 'dark', 'test')).toThrow(/ownPictures/u);
  });

  it('is as opaque as the text needs over the photo under it, and opaque unsampled', () => {
    // #767676 on white is 4.54:1: over a black photo it needs the whole panel, over white none.
    const text = [{ rect: { x: 0, y: 0, width: 100, height: 100 }, color: '#767676' }];
    const place = { x: 0, y: 0, width: 100, height: 100 };
    const over = (rgb: [number, number, number] | null) =>
      scrimFor(text, '#ffffff', rgb ? { samples: samples(rgb) } : {}, place, 4.5);
    expect(over([255, 255, 255]).opacity).toBe(0.85);
    expect(over([0, 0, 0]).opacity).toBe(1);
    expect(over([0, 0, 0]).ratios[0]).toBeGreaterThanOrEqual(4.5);
    expect(over(null).opacity).toBe(1);
  });
});

describe('imageLayout of own material: which text goes where, in which colour', () => {
  // The roles by name: the kit's design says the eyebrow, the event and a figure are in the
  // accent's text colour, the headline and body in the text colour, sources and credits subtle.
  const roles = (layout: ReturnType<typeof imageLayout>) => ({
    top: layout.column.top.map((b) => `${b.field} ${b.color} ${b.weight}`),
    bottom: layout.column.bottom.map((b) => `${b.field} ${b.color} ${b.weight}`),
  });

  it('an event with a link and a photo credit: event under the headline, link above the credits', () => {
    const s = ownSubject({ ...base, photo });
    const layout = imageLayout('portrait', s);
    expect(roles(layout)).toEqual({
      top: ['eyebrow accentText 700', 'headline text 700', 'event accentText 700', 'body text 400'],
      bottom: ['link text 700', 'creditLines.0 textSubtle 400'],
    });
    expect(layout.column.top.find((b) => b.field === 'event')?.text).toBe(s.event);
    expect(layout.column.bottom[0]?.text).toBe(s.link);
  });

  it('leaves out a text the partner left empty, and the event and link when there are none', () => {
    const s = ownSubject({
      ...base,
      organisation: '',
      date: '',
      time: '',
      place: '',
      link: '',
    });
    expect(s.event ?? '').toBe('');
    expect(roles(imageLayout('portrait', s))).toEqual({
      top: ['headline text 700', 'body text 400'],
      bottom: ['credit textSubtle 400'],
    });
  });

  it('a kit story with a figure: its value in the accent, its label and the sources after it', () => {
    const s = subjectOf(area, 'sv');
    const { top } = roles(imageLayout('story', s));
    expect(top.filter((r) => /^(fact|sources)/u.test(r))).toEqual([
      'fact.value accentText 700',
      'fact.label text 400',
      'sources textSubtle 400',
    ]);
  });
});
