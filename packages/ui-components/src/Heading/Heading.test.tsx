import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Heading } from './Heading';

afterEach(cleanup);

describe('Heading', () => {
  it('renders the chosen level with a separate visual size', () => {
    render(
      <Heading level={4} size="2xl">
        Rubrik
      </Heading>,
    );
    const h = screen.getByRole('heading', { level: 4 });
    expect(h.className).toBe('lk-heading');
    expect(h.getAttribute('data-size')).toBe('2xl');
  });

  it('defaults to h2 and rejects level 7', () => {
    render(<Heading>Rubrik</Heading>);
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    expect(() => render(<Heading level={7 as 6}>x</Heading>)).toThrow(
      /<Heading>: invalid headingLevel 7/,
    );
  });
});
