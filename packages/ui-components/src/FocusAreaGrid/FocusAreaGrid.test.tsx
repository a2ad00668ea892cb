import { getFocusAreas } from '@ljungby/focus-content';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { FocusAreaGrid } from './FocusAreaGrid';

afterEach(cleanup);

describe('FocusAreaGrid', () => {
  it('lists every area in order, as list items with level-2 card headings by default', () => {
    render(<FocusAreaGrid />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(focusAreaIds.length);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      getFocusAreas('sv').map((a) => a.name),
    );
  });

  it('puts the cards one level below its title', () => {
    render(<FocusAreaGrid locale="en" title="Four focus areas" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Four focus areas');
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(focusAreaIds.length);
  });

  it('takes a subset, per-area hrefs and no illustrations', () => {
    render(
      <FocusAreaGrid
        areas={['sagobygden', 'vatten']}
        hrefs={{ vatten: '/vatten' }}
        showIllustrations={false}
      />,
    );
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-focus-area'))).toEqual([
      'sagobygden',
      'vatten',
    ]);
    expect(screen.getByRole('link', { name: 'Läs mer om vattenfrågor' }).getAttribute('href')).toBe(
      '/vatten',
    );
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });

  it('rejects an unknown area id', () => {
    expect(() => render(<FocusAreaGrid areas={['vatten', 'kultur' as 'vatten']} />)).toThrow(
      /<FocusAreaGrid>: invalid area "kultur"/,
    );
  });
});
