// Where every part of a share image or slide goes, in px, from its format's layout and the
// texts of a subject.
import { spaceRem } from './colors.ts';
import { sourcesLine } from './figure-sources.ts';
import { formatLayouts, imageFormats, type ImageFormat, type SpaceStep } from './format-layouts.ts';
import type { BlockSpec, ColumnSpec, Rect } from './layout.ts';
import type { SourcedField, Subject } from './subject.ts';

export interface ImageLayout {
  /** The accent bar along the top edge. */
  stripe: Rect;
  /** Where the illustration(s) go; rounded by `radius`. */
  visual: Rect;
  radius: number;
  column: ColumnSpec;
}

/** Where every part of an image goes, in px. */
export function imageLayout(format: ImageFormat, s: Subject): ImageLayout {
  const { width: W, height: H } = imageFormats[format];
  const spec = formatLayouts[format];
  const sp = (step: SpaceStep) => spaceRem(step) * spec.rem;
  const pad = sp('8');
  const stripe = { x: 0, y: 0, width: W, height: sp('3') };
  const radius = sp('5');

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
  if (spec.body) {
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
  const bottom: BlockSpec[] = [
    {
      field: 'credit',
      text: s.credit,
      size: spec.credit.size,
      weight: 400,
      lineHeight: 1.3,
      color: 'textSubtle',
      gap: sp(spec.credit.gap),
    },
  ];

  const { visual: place } = spec;
  if (place.place === 'above') {
    const visual = { x: pad, y: place.safeEdge ?? pad, width: W - 2 * pad, height: place.height };
    const y = visual.y + visual.height + sp('7');
    // Without a safe edge, the credit may reach a little into the bottom padding.
    const end = place.safeEdge === undefined ? H - pad + sp('4') : H - place.safeEdge;
    return {
      stripe,
      visual,
      radius,
      column: { box: { x: pad, y, width: W - 2 * pad, height: end - y }, top, bottom },
    };
  }
  const m = sp(place.margin);
  const drop = place.textDrop === undefined ? 0 : sp(place.textDrop);
  const visual = {
    x: W - m - place.width,
    y: (H - place.height) / 2,
    width: place.width,
    height: place.height,
  };
  return {
    stripe,
    visual,
    radius,
    column: {
      box: { x: m, y: m + drop, width: visual.x - m - sp('7'), height: H - 2 * m - drop },
      top,
      align: 'center',
      bottom,
    },
  };
}
