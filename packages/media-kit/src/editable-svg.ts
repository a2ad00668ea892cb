// The SVG a designer opens in a drawing program (Figma, Illustrator, Inkscape, Affinity): the
// same picture as the PNG, but every text is live <text> in the typeface it was set in, one text
// object per block and one line per <tspan>, placed where the layout broke it. The PNG is drawn
// from the other SVG, whose text is outlined so that it looks the same without the font.
import type { Palette } from './colors.ts';
import { baselineInLineBox, fontFamily } from './font.ts';
import type { ColorRole, PlacedBlock, Rect } from './layout.ts';
import { escapeXml, svgDescriptionParts, type SvgDescription } from './svg-description.ts';

export interface EditableSvgParts {
  width: number;
  height: number;
  palette: Palette;
  stripe: Rect;
  blocks: PlacedBlock[];
  /** The illustrations' SVG markup, drawn before the texts. */
  art: string;
  description: SvgDescription;
  /** The art links pictures with xlink:href (a partner's photo or logo). */
  xlink?: boolean;
  /** Drawn first, under the accent bar: a partner's photo as the background, and its panel. */
  background?: string;
}

const roleColor = (p: Palette, role: ColorRole) =>
  role === 'text' ? p.text : role === 'textSubtle' ? p.textSubtle : p.accentText;
const round = (n: number) => Number(n.toFixed(2));

/** The image as an SVG with editable text in the font named by `fontFamily`. */
export function editableSvg(p: EditableSvgParts): string {
  const { attributes, elements } = svgDescriptionParts(p.description);
  const texts = p.blocks.map((b) => {
    const baseline = baselineInLineBox(b.size, b.lineHeight, b.weight);
    const lines = b.lines.map(
      (line, i) =>
        `<tspan x="${round(b.x)}" y="${round(b.y + i * b.size * b.lineHeight + baseline)}">${escapeXml(line)}</tspan>`,
    );
    return `<text id="${b.field}" font-size="${b.size}" font-weight="${b.weight}" fill="${roleColor(p.palette, b.color)}" xml:space="preserve">${lines.join('')}</text>`;
  });
  const { stripe } = p;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${p.xlink ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : ''} width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" ${attributes}>`,
    elements,
    `<rect width="${p.width}" height="${p.height}" fill="${p.palette.surface}"/>`,
    p.background ?? '',
    `<rect x="${stripe.x}" y="${stripe.y}" width="${stripe.width}" height="${stripe.height}" fill="${p.palette.accent}"/>`,
    p.art,
    // The typeface by name, with the generic family as fallback where it is not installed.
    `<g font-family="'${fontFamily}', sans-serif">${texts.join('')}</g>`,
    '</svg>',
  ].join('');
}
