import { getCollaboration } from '@ljungby/focus-content';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PartnerLine } from './PartnerLine';

afterEach(cleanup);

describe('PartnerLine', () => {
  it("is the content package's partner line, as text and never an image", () => {
    for (const locale of ['sv', 'en'] as const) {
      const { container } = render(<PartnerLine locale={locale} />);
      expect(container.textContent).toBe(getCollaboration(locale).partnerLine);
      expect(container.querySelector('img, svg')).toBeNull();
      cleanup();
    }
  });

  it("puts the partner's name first", () => {
    const { container } = render(<PartnerLine partner="Sagomuseet" />);
    expect(container.textContent).toBe('Sagomuseet – I samarbete med Ljungby kommun');
  });
});
