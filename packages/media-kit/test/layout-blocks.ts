// What the text layout's tests (layout.test.ts, layout-edge-cases.test.ts) build their columns
// from: one block of text with the body's defaults, the width of a text in the font, and the
// MediaKitError a call throws.
import { expect } from 'vitest';
import { MediaKitError } from '../src/errors.ts';
import { textWidth } from '../src/font.ts';
import type { BlockSpec } from '../src/layout.ts';

export const where = { file: 'test.png', format: 'square' };

/** A block of `text` at 30 px, weight 400, line height 1.4, unless `extra` says otherwise. */
export const block = (text: string, extra: Partial<BlockSpec> = {}): BlockSpec => ({
  field: 'body',
  text,
  size: 30,
  weight: 400,
  lineHeight: 1.4,
  color: 'text',
  ...extra,
});

/** The width of `text` in the font at `size`, weight 400. */
export const widthOf = (text: string, size = 30) => textWidth(text, size, 400);

/** The MediaKitError a call throws (fails the test if it throws nothing or something else). */
export function errorOf(run: () => unknown): MediaKitError {
  try {
    run();
  } catch (error) {
    if (error instanceof MediaKitError) return error;
    throw error;
  }
  return expect.unreachable('expected a MediaKitError');
}
