import { getContent, getCreditLine, getKitStatus, license } from '@ljungby/focus-content';
import { locales } from '@ljungby/focus-content/ids';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toHtml } from '../markup/html';
import { Attribution } from './Attribution';
import { attribution } from './markup';

afterEach(cleanup);

describe('Attribution', () => {
  it('is the CC BY 4.0 credit line with the licence linked', () => {
    for (const locale of locales) {
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
    expect(container.textContent).toBe(
      `${getCreditLine('sv')}. ${getContent('sv').license.changedNote}`,
    );
  });

  it("takes its words from the content's licence (the markup builder takes it)", () => {
    const words = {
      ...getContent('en').license,
      credit: 'Words: Ljungby kommun, proposed CC BY 4.0',
      changedNote: 'Edited.',
    };
    expect(toHtml(attribution({ license: words, changed: true }))).toMatch(
      /^<p class="lk-attribution" lang="sv">Words: Ljungby kommun, proposed <a [^>]+>CC BY 4.0<\/a>. Edited.<\/p>$/u,
    );
  });

  it("says the licence as the kit's status has it: proposed until the municipality decides", () => {
    for (const locale of locales) {
      const { licenceLabel } = getKitStatus(locale);
      const { container } = render(<Attribution locale={locale} />);
      expect(container.textContent).toBe(
        `${getContent(locale).license.creditPrefix} Ljungby kommun, ${licenceLabel}`,
      );
      cleanup();
    }
  });
});
