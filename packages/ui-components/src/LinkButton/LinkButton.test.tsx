import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkButton } from './LinkButton';

afterEach(cleanup);

describe('LinkButton', () => {
  it('is a link, not a button, with its variant', () => {
    render(
      <LinkButton href="https://sagobygden.se/" variant="secondary">
        Upptäck Sagobygden
      </LinkButton>,
    );
    const link = screen.getByRole('link', { name: 'Upptäck Sagobygden' });
    expect(link.getAttribute('href')).toBe('https://sagobygden.se/');
    expect(link.getAttribute('data-variant')).toBe('secondary');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('drops a script URL instead of rendering it', () => {
    render(<LinkButton href="javascript:alert(1)">x</LinkButton>);
    expect(document.querySelector('a')?.hasAttribute('href')).toBe(false);
  });
});
