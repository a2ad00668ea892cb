// @ljungby/media-kit: share images, posters and slides about Ljungby kommun's vision and focus
// areas. The files are pre-generated in dist/ (see dist/manifest.json); this API renders the
// share images on demand, e.g. in a Next.js `opengraph-image` route.
export {
  renderShareImage,
  renderShareImagePng,
  shareImageAlt,
  type ShareImageOptions,
} from './share-image.ts';
export { minContrast } from './draw-image.ts';
export { imageFormats, imageFormatIds, isImageFormat, type ImageFormat } from './format-layouts.ts';
export { kitAreaIds, isKitAreaId, type KitAreaId } from './subject.ts';
// The colour schemes with values of their own, light and dark: the design tokens' type.
export type { ResolvedColorScheme } from '@ljungby/design-tokens';
export { MediaKitError } from './errors.ts';
export { fontFamily } from './font.ts';
export type { PostTexts } from './texts.ts';
export type * from './manifest.ts';
