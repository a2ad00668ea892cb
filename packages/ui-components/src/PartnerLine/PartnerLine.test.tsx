import { getCollaboration } from '@ljungby/focus-content';
import { locales } from '@ljungby/focus-content/ids';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toHtml } from '../markup/html';
import { partnerLine } from './markup';
import { PartnerLine } from './PartnerLine';

afterEach(cleanup);

describe('PartnerLine', () => {
  it("is the content package's partner line, as text and never an image", () => {
    for (const locale of locales) {
      const { container } = render(<PartnerLine locale={locale} />);
      expect(container.textContent).toBe(getCollaboration(locale).partnerLine);
      expect(container.querySelector('img, svg')).toBeNull();
      cleanup();
    }
  });

  it("puts the partner's name first", () => {
    const { container } = render(<PartnerLine partner="Sagomuseet" />);
    expect(container.textContent).toBe(`Sagomuseet – ${getCollaboration('sv').partnerLine}`);
  });

  it('shows whatever line the content gives (the markup builder takes it)', () => {
    expect(toHtml(partnerLine({ line: 'Tillsammans med Ljungby kommun' }))).toContain(
      '<span class="lk-partner-line__text">Tillsammans med Ljungby kommun</span>',
    );
  });
});
