// Where everything goes on a poster, in pt: one A4 layout, which A3 draws scaled by √2.
// Pure layout (the font's metrics, no PDF), so the build's tests check it without a PDF.
import { spaceRem } from '../colors.ts';
import { sourcesLine } from '../figure-sources.ts';
import { layoutColumn, type PlacedBlock, type Rect } from '../layout.ts';
import type { Subject } from '../subject.ts';

export const posterSizes = {
  'poster-a4': { width: 595.28, height: 841.89, scale: 1 },
  'poster-a3': { width: 841.89, height: 1190.55, scale: Math.SQRT2 },
} as const;
export type PosterFormat = keyof typeof posterSizes;

const A4 = posterSizes['poster-a4'];

/**
 * What a poster shows: a subject of the kit (`subjectOf`), or anything else in the same shape,
 * such as a partner's own texts.
 */
export type PosterSubject = Pick<
  Subject,
  | 'locale'
  | 'accentArea'
  | 'eyebrow'
  | 'headline'
  | 'body'
  | 'fact'
  | 'sources'
  | 'sourceLine'
  | 'readMore'
  | 'credit'
  | 'illustrations'
>;

/** A poster's places on A4, in pt from the top left. */
export interface PosterLayout {
  pad: number;
  /** The illustration(s), rounded by `radius`. */
  visual: Rect;
  radius: number;
  /** Height of the accent bar along the top edge. */
  stripe: number;
  /** The QR code of the "read more" link, quiet zone not included. */
  qr: Rect;
  /** The texts, broken into lines, in reading order. */
  blocks: PlacedBlock[];
}

/** Where everything goes on A4, in pt; A3 draws the same layout scaled. */
export function posterLayout(s: PosterSubject, file: string, format: PosterFormat): PosterLayout {
  const rem = 12;
  const sp = (step: string) => spaceRem(step) * rem;
  const pad = sp('8');
  const where = { file, format };
  const visual = { x: pad, y: pad, width: A4.width - 2 * pad, height: (A4.width - 2 * pad) / 1.6 };
  const top = visual.y + visual.height + sp('6');
  const bottom = A4.height - pad;

  // The footer: where to read more, the source and the credit, beside the link's QR code (at
  // the bottom right, where a reader looks for it), bottom-aligned with it. The code is an inch
  // wide (25 mm on A4, 36 mm on A3): a phone reads it from about 25 cm.
  const qrSize = 72;
  const qrGap = sp('4');
  const qr = { x: pad + visual.width - qrSize, y: bottom - qrSize, width: qrSize, height: qrSize };
  const footer = layoutColumn(
    {
      box: { x: pad, y: top, width: visual.width - qrSize - qrGap, height: bottom - top },
      top: [],
      bottom: [
        {
          field: 'readMore',
          text: `${s.readMore.label}: ${s.readMore.url}`,
          size: 11,
          weight: 700,
          lineHeight: 1.4,
          color: 'text',
          gap: sp('6'),
        },
        {
          field: 'sourceLine',
          text: s.sourceLine,
          size: 9,
          weight: 400,
          lineHeight: 1.4,
          color: 'textSubtle',
          gap: sp('1'),
        },
        {
          field: 'credit',
          text: s.credit,
          size: 9,
          weight: 400,
          lineHeight: 1.4,
          color: 'textSubtle',
          gap: sp('1'),
        },
      ],
    },
    where,
  );
  const footerTop = Math.min(qr.y, ...footer.map((b) => b.y));
  // Every figure drawn above (the poster draws every text) with its source, under it.
  const sources = sourcesLine(s.locale, Object.values(s.sources).flat());

  const main = layoutColumn(
    {
      box: { x: pad, y: top, width: visual.width, height: footerTop - sp('6') - top },
      top: [
        {
          field: 'eyebrow',
          text: s.eyebrow,
          size: 14,
          weight: 700,
          lineHeight: 1.25,
          color: 'accentText',
        },
        {
          field: 'headline',
          text: s.headline,
          size: 32,
          minSize: 24,
          weight: 700,
          lineHeight: 1.15,
          color: 'text',
          gap: sp('3'),
        },
        {
          field: 'body',
          text: s.body,
          size: 13,
          weight: 400,
          lineHeight: 1.45,
          color: 'text',
          gap: sp('5'),
        },
        ...(s.fact
          ? ([
              {
                field: 'fact.value',
                text: s.fact.value,
                size: 28,
                weight: 700,
                lineHeight: 1.1,
                color: 'accentText',
                gap: sp('6'),
              },
              {
                field: 'fact.label',
                text: s.fact.label,
                size: 12,
                weight: 400,
                lineHeight: 1.4,
                color: 'text',
                gap: sp('1'),
              },
            ] as const)
          : []),
        ...(sources
          ? ([
              {
                field: 'sources',
                text: sources,
                size: 9,
                weight: 400,
                lineHeight: 1.4,
                color: 'textSubtle',
                gap: sp('1'),
              },
            ] as const)
          : []),
      ],
      bottom: [],
    },
    where,
  );
  return { pad, visual, qr, stripe: sp('2'), radius: sp('4'), blocks: [...main, ...footer] };
}
