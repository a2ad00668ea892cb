// Where every part of a share image or slide goes, in px, from its format's layout and the
// texts of a subject: the kit's own (eyebrow, key message, text, fact, credit) and a partner's
// own parts when it has them (event line, link, partner line, photo credit, logo).
import { spaceRem } from './colors.ts';
import { MediaKitError } from './errors.ts';
import { sourcesLine } from './figure-sources.ts';
import { formatLayouts, imageFormats, type ImageFormat, type SpaceStep } from './format-layouts.ts';
import type { BlockSpec, ColumnSpec, Rect } from './layout.ts';
import type { SourcedField, Subject, SubjectLogo } from './subject.ts';

export interface ImageLayout {
  /** The accent bar along the top edge. */
  stripe: Rect;
  /** Where the illustration(s) or the photo go; rounded by `radius`. */
  visual: Rect;
  radius: number;
  column: ColumnSpec;
  /** The logo and the plate it sits on (the plate's padding is its safe zone). */
  logo?: { plate: Rect; box: Rect; radius: number };
  /**
   * With a photo as the background: the texts sit at the bottom of their column on a panel
   * reaching `margin` beyond them (draw-image places it around the placed texts and sets its
   * opacity), inside `bounds`.
   */
  scrim?: { margin: number; radius: number; bounds: Rect };
}

/** A logo may be at most this many times as wide as its height in the layout… */
const logoMaxAspect = 4;
/** …and is drawn at least this share of it high (so a very wide logo stays readable)… */
const logoMinShare = 0.5;
/** …so a logo may be at most this many times as wide as it is high. */
export const logoMaxRatio = logoMaxAspect / logoMinShare;

/** The logo's drawn size in a corner `height` high: as high as allowed, at most 4 heights wide. */
function logoSize(logo: SubjectLogo, height: number, where: { file: string; format: string }) {
  const aspect = logo.width / logo.height;
  const width = Math.min(height * aspect, height * logoMaxAspect);
  const drawn = width / aspect;
  if (!(drawn >= height * logoMinShare))
    throw new MediaKitError(
      { ...where, field: 'logo' },
      `the logo is ${aspect.toFixed(1)} times as wide as it is high; at most ${logoMaxRatio} fits`,
      'logo-shape',
    );
  return { width, height: drawn };
}

/** Where every part of an image goes, in px. */
export function imageLayout(format: ImageFormat, s: Subject, file = 'image'): ImageLayout {
  const { width: W, height: H } = imageFormats[format];
  const spec = formatLayouts[format];
  const sp = (step: SpaceStep) => spaceRem(step) * spec.rem;
  const pad = sp('8');
  const stripe = { x: 0, y: 0, width: W, height: sp('3') };
  const radius = sp('5');
  const small = { size: spec.credit.size, lineHeight: 1.3 } as const;

  const top: BlockSpec[] = [
    {
      field: 'eyebrow',
      text: s.eyebrow,
      size: spec.eyebrow,
      weight: 700,
      lineHeight: 1.25,
      color: 'accentText',
    },
    {
      field: 'headline',
      text: s.headline,
      size: spec.headline.size,
      minSize: spec.headline.minSize,
      weight: 700,
      lineHeight: 1.15,
      color: 'text',
      gap: sp(spec.headline.gap),
    },
  ];
  const drawn: SourcedField[] = ['eyebrow', 'headline'];
  if (s.event) {
    top.push({
      field: 'event',
      text: s.event,
      size: spec.own.event.size,
      weight: 700,
      lineHeight: 1.3,
      color: 'accentText',
      gap: sp(spec.own.event.gap),
    });
  }
  if (spec.body && s.body) {
    drawn.push('body');
    top.push({
      field: 'body',
      text: s.body,
      size: spec.body.size,
      weight: 400,
      lineHeight: 1.4,
      color: 'text',
      gap: sp(spec.body.gap),
    });
  }
  if (spec.fact && s.fact) {
    drawn.push('fact');
    top.push(
      {
        field: 'fact.value',
        text: s.fact.value,
        size: 64,
        weight: 700,
        lineHeight: 1.1,
        color: 'accentText',
        gap: sp(spec.fact.gap),
      },
      {
        field: 'fact.label',
        text: s.fact.label,
        size: 30,
        weight: 400,
        lineHeight: 1.35,
        color: 'text',
        gap: sp('2'),
      },
    );
  }
  // The sources of the figures drawn above, right under them.
  const sources = sourcesLine(
    s.locale,
    drawn.flatMap((field) => s.sources[field]),
  );
  if (sources) {
    top.push({
      field: 'sources',
      text: sources,
      size: spec.credit.size,
      weight: 400,
      lineHeight: 1.3,
      color: 'textSubtle',
      gap: sp('2'),
    });
  }
  // A partner may leave the organisation out; the kit always has every text.
  const written = top.filter((b) => b.text.trim() !== '');
  const bottom: BlockSpec[] = [];
  if (s.link) {
    bottom.push({
      field: 'link',
      text: s.link,
      size: spec.own.link.size,
      weight: 700,
      lineHeight: 1.3,
      color: 'text',
    });
  }
  const lines = [
    ...(s.credit ? [{ field: 'credit', text: s.credit }] : []),
    ...(s.creditLines ?? []).map((text, i) => ({ field: `creditLines.${i}`, text })),
  ];
  lines.forEach((line, i) => {
    bottom.push({
      ...line,
      ...small,
      weight: 400,
      color: 'textSubtle',
      gap: sp(i === 0 && bottom.length > 0 ? '4' : '1'),
    });
  });
  // The space between the top stack and the bottom one is the first bottom block's gap.
  const [first] = bottom;
  if (first) first.gap = sp(first.field === 'link' ? spec.own.link.gap : spec.credit.gap);

  const { visual: place } = spec;
  let visual: Rect;
  let column: ColumnSpec;
  if (place.place === 'above') {
    visual = { x: pad, y: place.safeEdge ?? pad, width: W - 2 * pad, height: place.height };
    const y = visual.y + visual.height + sp('7');
    // Without a safe edge, the credit may reach a little into the bottom padding.
    const end = place.safeEdge === undefined ? H - pad + sp('4') : H - place.safeEdge;
    column = { box: { x: pad, y, width: W - 2 * pad, height: end - y }, top: written, bottom };
  } else {
    const m = sp(place.margin);
    const drop = place.textDrop === undefined ? 0 : sp(place.textDrop);
    visual = {
      x: W - m - place.width,
      y: (H - place.height) / 2,
      width: place.width,
      height: place.height,
    };
    column = {
      box: { x: m, y: m + drop, width: visual.x - m - sp('7'), height: H - 2 * m - drop },
      top: written,
      align: 'center',
      bottom,
    };
  }
  // A partner's photo as the background: it fills the image, and the texts sit on a panel.
  const background = s.photo?.background === true;
  const scrim = background
    ? { margin: sp('5'), radius: sp('4'), bounds: { x: 0, y: 0, width: W, height: H } }
    : undefined;
  if (background) {
    visual = { x: 0, y: 0, width: W, height: H };
    column.align = 'bottom';
  }
  const framed = { stripe, visual, radius: background ? 0 : radius, column, scrim };
  if (!s.logo) return framed;

  // The logo sits in the bottom corner of the text column on a plate of the light surface (so a
  // dark logo shows in the dark scheme too); the plate's padding is its safe zone.
  const size = logoSize(s.logo, spec.own.logo, { file, format });
  const safe = spec.own.logo * 0.25;
  const { box } = column;
  const plate = {
    x: box.x + box.width - size.width - 2 * safe,
    y: box.y + box.height - spec.own.logo - 2 * safe,
    width: size.width + 2 * safe,
    height: spec.own.logo + 2 * safe,
  };
  const logo = {
    plate,
    box: {
      x: plate.x + safe,
      y: plate.y + safe + (spec.own.logo - size.height) / 2,
      width: size.width,
      height: size.height,
    },
    radius: sp('3'),
  };
  // As much room above the plate as beside it, where no credit or link keeps the texts away.
  const clearance = sp('5');
  column.corner = { width: plate.width + clearance, height: plate.height, gap: clearance };
  return { ...framed, logo };
}
