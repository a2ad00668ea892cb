import { getVision } from '@ljungby/focus-content';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyFigure } from './KeyFigure';

afterEach(cleanup);

describe('KeyFigure', () => {
  it('reads value and label as one sentence and links its source', () => {
    const fact = getVision('sv').facts[0];
    if (!fact) throw new Error('the vision has no facts');
    render(<KeyFigure fact={fact} />);
    expect(document.querySelector('.lk-key-figure__text')?.textContent).toBe(
      `${fact.value} ${fact.label}`,
    );
    const link = screen.getByRole('link', { name: fact.source.title });
    expect(link.getAttribute('href')).toBe(fact.source.url);
    expect(link.parentElement?.textContent).toBe(`Källa: ${fact.source.title}`);
  });

  it('takes its parts as props, in English, and can leave the source out', () => {
    render(
      <KeyFigure
        value="35,000"
        label="inhabitants is the goal."
        source={{ title: 'Ljungby kommun', url: 'https://www.ljungby.se/' }}
        locale="en"
      />,
    );
    expect(screen.getByRole('link').parentElement?.textContent).toBe('Source: Ljungby kommun');
    cleanup();
    render(<KeyFigure value="1" label="one" source={null} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says what is missing', () => {
    expect(() => render(<KeyFigure value="1" />)).toThrow(
      '<KeyFigure>: missing label; pass a fact, or both value and label',
    );
  });
});
