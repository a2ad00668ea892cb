// @ljungby/media-kit/draw: the kit's layout and image drawing for any JavaScript runtime — the
// browser included — without Node built-ins. The partner site's template studio draws with it
// what the build draws in Node. Hand the font files over once with `useFonts` before drawing.
export {
  drawImage,
  imageBlocks,
  minContrast,
  roleColor,
  type RenderedImage,
} from './draw-image.ts';
export { useFonts, fontFamily, fontWeights, type FontWeight } from './font.ts';
export {
  formatLayouts,
  imageFormatIds,
  imageFormats,
  isImageFormat,
  type ImageFormat,
} from './format-layouts.ts';
export { formatUse } from './format-use.ts';
export { paletteOf, contrastRatio, type Palette } from './colors.ts';
export { kitAreaIds, isKitAreaId, subjectOf, type KitAreaId, type Subject } from './subject.ts';
export { imageTexts, maxAltLength, postTexts, type ImageTexts, type PostTexts } from './texts.ts';
export { MediaKitError, type ProblemKind } from './errors.ts';
// The colour schemes with values of their own, light and dark: the design tokens' type.
export type { ResolvedColorScheme } from '@ljungby/design-tokens';
export { ownSubject, eventLine, linkText, type OwnMaterial } from './own-material.ts';
export { cutsToFit, type Cut, type CuttableField } from './fit.ts';
export { imageLayout, logoMaxRatio, type ImageLayout } from './image-layout.ts';
export { photoPlacement } from './picture.ts';
export { ownPictures, type OwnPictures } from './own-pictures.ts';
export type { SubjectLogo, SubjectPhoto, SubjectPicture } from './subject.ts';
export { drawPosterSvg, type PosterDrawing } from './poster/svg.ts';
export {
  posterLayout,
  posterSizes,
  type PosterFormat,
  type PosterLayout,
  type PosterSubject,
} from './poster/layout.ts';
