import { getCreditLine, license } from '@ljungby/focus-content';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Attribution } from './Attribution';

afterEach(cleanup);

describe('Attribution', () => {
  it('is the CC BY 4.0 credit line with the licence linked', () => {
    for (const locale of ['sv', 'en'] as const) {
      const { container } = render(<Attribution locale={locale} />);
      expect(container.textContent).toBe(getCreditLine(locale));
      const link = screen.getByRole('link', { name: license.name });
      expect(link.getAttribute('href')).toBe(license.url);
      expect(link.getAttribute('rel')).toBe('license');
      cleanup();
    }
  });

  it('says when the material has been changed', () => {
    const { container } = render(<Attribution changed />);
    expect(container.textContent).toBe(`${getCreditLine('sv')}. Materialet är bearbetat.`);
  });
});
