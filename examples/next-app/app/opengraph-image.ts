// The page's link preview (Open Graph image), drawn by @ljungby/media-kit from the kit's content
// and colours: the four focus areas together, in Swedish, 1200 × 630. Next.js renders it at
// build time and adds the og:image tags to the page.
import { renderShareImagePng, shareImageAlt } from '@ljungby/media-kit';

const options = { area: 'all', format: 'link-preview', locale: 'sv' } as const;

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = await shareImageAlt(options);

export default async function Image() {
  const png = await renderShareImagePng(options);
  return new Response(png, { headers: { 'content-type': contentType } });
}
