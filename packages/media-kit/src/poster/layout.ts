// Where everything goes on a poster, in pt: one A4 layout, which A3 draws scaled by √2.
// Pure layout (the font's metrics, no PDF), so the build's tests check it without a PDF.
import { spaceRem } from '../colors.ts';
import { MediaKitError } from '../errors.ts';
import { sourcesLine } from '../figure-sources.ts';
import { layoutColumn, type BlockSpec, type PlacedBlock, type Rect } from '../layout.ts';
import type { Subject } from '../subject.ts';

export const posterSizes = {
  'poster-a4': { width: 595.28, height: 841.89, scale: 1 },
  'poster-a3': { width: 841.89, height: 1190.55, scale: Math.SQRT2 },
} as const;
export type PosterFormat = keyof typeof posterSizes;

const A4 = posterSizes['poster-a4'];

/**
 * What a poster shows: a subject of the kit (`subjectOf`), or anything else in the same shape,
 * such as a partner's own material (`ownSubject`: an event line, a photo, a logo, more credit
 * lines; no source line, and a link only if the partner gave one).
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
  | 'illustrationAlt'
  | 'event'
  | 'photo'
  | 'logo'
  | 'creditLines'
>;

/** A poster's places on A4, in pt from the top left. */
export interface PosterLayout {
  pad: number;
  /** The illustration(s), rounded by `radius`. */
  visual: Rect;
  radius: number;
  /** Height of the accent bar along the top edge. */
  stripe: number;
  /** The QR code of the "read more" link, quiet zone not included; none without a link. */
  qr: Rect | null;
  /** A partner's logo and the plate it sits on (its safe zone), beside the QR code. */
  logo: { plate: Rect; box: Rect } | null;
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
  const qr = s.readMore.url
    ? { x: pad + visual.width - qrSize, y: bottom - qrSize, width: qrSize, height: qrSize }
    : null;
  // A partner's logo sits left of the code, as high as it, on a plate whose padding is its
  // safe zone: 48 pt (17 mm) high on A4, at most four times as wide.
  const logo = s.logo
    ? logoPlace(s.logo, (qr?.x ?? pad + visual.width + qrGap) - qrGap, bottom)
    : null;
  if (logo && logo.box.height < logoMinHeight)
    throw new MediaKitError(
      { ...where, field: 'logo' },
      `the logo is ${(s.logo ? s.logo.width / s.logo.height : 0).toFixed(1)} times as wide as it is high; at most ${logoMaxWidth / logoMinHeight} fits`,
      'logo-shape',
    );
  const right = logo?.plate.x ?? qr?.x ?? pad + visual.width + qrGap;
  const small = {
    size: 9,
    weight: 400,
    lineHeight: 1.4,
    color: 'textSubtle',
    gap: sp('1'),
  } as const;
  const footerBlocks: BlockSpec[] = [
    ...(s.readMore.url
      ? [
          {
            field: 'readMore',
            text: `${s.readMore.label}: ${s.readMore.url}`,
            size: 11,
            weight: 700,
            lineHeight: 1.4,
            color: 'text',
          } as const,
        ]
      : []),
    ...(s.sourceLine ? [{ ...small, field: 'sourceLine', text: s.sourceLine }] : []),
    ...(s.credit ? [{ ...small, field: 'credit', text: s.credit }] : []),
    ...(s.creditLines ?? []).map((text, i) => ({ ...small, field: `creditLines.${i}`, text })),
  ];
  const [firstFooter] = footerBlocks;
  if (firstFooter) firstFooter.gap = sp('6');
  const footer = layoutColumn(
    {
      box: { x: pad, y: top, width: right - qrGap - pad, height: bottom - top },
      top: [],
      bottom: footerBlocks,
    },
    where,
  );
  const footerTop = Math.min(qr?.y ?? bottom, logo?.plate.y ?? bottom, ...footer.map((b) => b.y));
  // Every figure drawn above (the poster draws every text) with its source, under it.
  const sources = sourcesLine(s.locale, Object.values(s.sources).flat());

  const main = layoutColumn(
    {
      box: { x: pad, y: top, width: visual.width, height: footerTop - sp('6') - top },
      top: (
        [
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
            // As large as the page allows, read from across a room; smaller for a long message.
            size: 44,
            minSize: 24,
            weight: 700,
            lineHeight: 1.15,
            color: 'text',
            gap: sp('3'),
          },
          ...(s.event
            ? [
                {
                  field: 'event',
                  text: s.event,
                  size: 18,
                  weight: 700,
                  lineHeight: 1.3,
                  color: 'accentText',
                  gap: sp('3'),
                } as const,
              ]
            : []),
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
        ] satisfies BlockSpec[]
      ).filter((b) => b.text.trim() !== ''),
      bottom: [],
    },
    where,
  );
  return {
    pad,
    visual,
    qr,
    logo,
    stripe: sp('2'),
    radius: sp('4'),
    blocks: [...main, ...footer],
  };
}

/** The logo's height on A4, its least height (a very wide one is drawn lower) and its widest. */
const logoHeight = 48;
const logoMinHeight = 24;
const logoMaxWidth = logoHeight * 4;

/** The logo's plate ending at `right`, bottom-aligned at `bottom`, and the logo inside it. */
function logoPlace(logo: NonNullable<PosterSubject['logo']>, right: number, bottom: number) {
  const safe = logoHeight / 4;
  const width = Math.min(logoHeight * (logo.width / logo.height), logoMaxWidth);
  const height = width / (logo.width / logo.height);
  const plate = {
    x: right - width - 2 * safe,
    y: bottom - logoHeight - 2 * safe,
    width: width + 2 * safe,
    height: logoHeight + 2 * safe,
  };
  return {
    plate,
    box: { x: plate.x + safe, y: plate.y + safe + (logoHeight - height) / 2, width, height },
  };
}
