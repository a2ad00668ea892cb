// @ljungby/media-kit/formats: the formats, their sizes and layouts, and which goes where, in
// the kit's languages — small enough for a page to offer the formats before it loads `draw`.
export * from './format-layouts.ts';
export { formatUse } from './format-use.ts';
