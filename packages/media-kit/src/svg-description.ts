// What an SVG file says about itself: a title and a description (the image's alt text) that a
// screen reader, a file browser or a drawing program shows, role="img" for when the file is
// placed inline in a page, and the language of its words.
import type { Locale } from '@ljungby/focus-content';

export interface SvgDescription {
  /** Short: what the image is, e.g. "Fokusområde: Vatten – Vatten från Bolmen …". */
  title: string;
  /** Long: what the image says and shows (its alt text). */
  desc: string;
  lang: Locale;
}

export const escapeXml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The root element's attributes and first children that describe the image. */
export function svgDescriptionParts(d: SvgDescription): { attributes: string; elements: string } {
  return {
    attributes: `role="img" lang="${d.lang}" xml:lang="${d.lang}"`,
    elements: `<title>${escapeXml(d.title)}</title><desc>${escapeXml(d.desc)}</desc>`,
  };
}

/** `svg` with its description added to the root element (which must have none yet). */
export function describeSvg(svg: string, d: SvgDescription): string {
  const { attributes, elements } = svgDescriptionParts(d);
  return svg.replace(
    /^<svg\b([^>]*)>/u,
    (_m, attrs: string) => `<svg${attrs} ${attributes}>${elements}`,
  );
}
