// A column as narrow as where a component usually sits (a grid cell, a sidebar), so that a story
// shows it at the width it is made for. Stories only; not part of the package.
import type { Decorator } from '@storybook/react-vite';
import type { ReactNode } from 'react';

/** The width of a card's column in the stories: about one cell of the focus-area grid. */
export const cardWidth = '22rem';

export function Column({ width, children }: { width: string; children: ReactNode }) {
  return <div style={{ maxInlineSize: width }}>{children}</div>;
}

/** The story inside a `Column` of the given width. */
export const inColumn =
  (width: string): Decorator =>
  (Story) => <Column width={width}>{Story()}</Column>;
