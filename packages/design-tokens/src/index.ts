// @ljungby/design-tokens' JS/TS API: the values built from tokens/*.json (generated/tokens.ts,
// written by build/build.ts) and everything derived from them, so that no consumer derives
// it again: the colour schemes, the resolved palette of a scheme and focus area, and the type
// of the catalogue.
export * from '../generated/tokens.ts';
export * from './color-schemes.ts';
export * from './palette.ts';
export type * from './catalog.ts';
