// @ljungby/focus-content/illustrations: the illustrations as shape data, for renderers that
// draw with createElementNS or JSX instead of loading the SVG files.
import data from 'virtual:focus-content/illustrations';
import { assertFocusAreaId } from './ids.ts';
import type { FocusAreaId, IllustrationData } from './types.ts';

/** Each focus area's illustration as flat shapes; the same drawing as `illustrations/<id>.svg`. */
export const illustrations = data as Record<FocusAreaId, IllustrationData>;

/** One illustration. Throws a RangeError for an unknown id. */
export function getIllustration(id: FocusAreaId): IllustrationData {
  assertFocusAreaId(id);
  return illustrations[id];
}

export type { FocusAreaId, IllustrationData, IllustrationShape } from './types.ts';
