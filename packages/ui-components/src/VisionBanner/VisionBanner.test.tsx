import { getVision } from '@ljungby/focus-content';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VisionBanner } from './VisionBanner';

afterEach(cleanup);

describe('VisionBanner', () => {
  it('names the goal in a level-2 heading and states the vision', () => {
    const vision = getVision('sv');
    render(<VisionBanner />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(vision.goal.label);
    expect(screen.getByText(vision.statement)).toBeTruthy();
  });

  it('gives the chart a caption and a data table, and hides the drawing from assistive technology', () => {
    const vision = getVision('sv');
    render(<VisionBanner />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(within(figure).getByText(/Den streckade stapeln är målet/)).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(vision.population.points.length + 1);
    expect(rows.at(-1)?.textContent.replace(/\s/g, ' ')).toBe('2035 (mål)35 000');
    // One bar per row; the goal bar is marked so that CSS can dash it.
    expect(figure.querySelectorAll('rect')).toHaveLength(rows.length);
    expect(figure.querySelectorAll('rect[data-goal]')).toHaveLength(1);
  });

  it('draws taller bars for larger values', () => {
    render(<VisionBanner />);
    const heights = [...document.querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('height')),
    );
    const values = [...getVision('sv').population.points.map((p) => p.value), 35000];
    for (const [i, a] of values.entries()) {
      for (const [j, b] of values.entries()) {
        if (a > b) expect(heights[i]).toBeGreaterThanOrEqual(heights[j] ?? Infinity);
      }
    }
    // The goal is the tallest bar, and a drop of a few hundred people is visible as a lower bar.
    expect(Math.max(...heights)).toBe(heights.at(-1));
    expect(new Set(heights).size).toBeGreaterThan(2);
  });

  it('formats numbers for the locale and can show the table to everyone', () => {
    render(<VisionBanner locale="en" showTable headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '35,000' })).toBeTruthy();
    expect(document.querySelector('.lk-vision-banner')?.getAttribute('data-table')).toBe('visible');
  });
});
