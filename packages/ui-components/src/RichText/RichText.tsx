import type { Block } from '@ljungby/focus-content';
import { createElement, Fragment, type ReactElement } from 'react';
import type { HeadingLevel } from '../markup/node';
import { checkLevel } from '../react/resolve';
import { toReact } from '../react/to-react';
import { richText } from './markup';

export interface RichTextProps {
  /** A long text of `@ljungby/focus-content`, e.g. `getFocusArea('vatten').long`. */
  blocks: Block[];
  /**
   * The level of the heading the text sits under. The text's own headings (written `###` and
   * `####` in the content) come one and two levels below it.
   * @default 2
   */
  headingLevel?: HeadingLevel;
}

/**
 * A rich text of the content (paragraphs, headings, lists, bold, italic, links) as plain
 * elements, with no HTML parsing, so it works under Trusted Types. Links that are not web or
 * mail addresses are shown as text. It adds no wrapper: put it inside your own element.
 * @example
 * <RichText blocks={getFocusArea('vatten', 'sv').long} headingLevel={2} />
 */
// The return type is written out: the inferred one names React 19's `FragmentProps`, which
// React 18's types lack, and the package supports both.
export function RichText({ blocks, headingLevel }: RichTextProps): ReactElement {
  if (!Array.isArray(blocks)) {
    throw new TypeError(
      `<RichText>: invalid blocks ${JSON.stringify(blocks)}; expected the block list of a long text, e.g. getFocusArea('vatten').long`,
    );
  }
  const nodes = richText(blocks, checkLevel('RichText', headingLevel, 2));
  return createElement(Fragment, null, ...nodes.map((node) => toReact(node)));
}
