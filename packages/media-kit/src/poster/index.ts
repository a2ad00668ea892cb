// The poster module: lays out a subject on A4 (or A3) and writes it as a PDF. It runs in Node
// (the build's scripts/generate.ts) and in the browser (the partner site's template studio), so
// nothing here imports `node:` modules: the caller passes the font files as bytes.
//
//   const { bytes } = await renderPoster(subjectOf('vatten', 'sv'), {
//     format: 'poster-a4',
//     fonts: { 400: regularWoff, 700: boldWoff },
//   });
export { renderPoster, type PosterOptions, type PosterResult } from './render.ts';
export {
  posterLayout,
  posterSizes,
  type PosterFormat,
  type PosterLayout,
  type PosterSubject,
} from './layout.ts';
