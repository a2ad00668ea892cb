import { getPartners } from '@ljungby/focus-content';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PartnerList } from './PartnerList';

afterEach(cleanup);

describe('PartnerList', () => {
  it('lists all partners with kind and description, names linked to their sites', () => {
    const partners = getPartners('sv');
    render(<PartnerList />);
    expect(screen.getAllByRole('listitem')).toHaveLength(partners.length);
    for (const p of partners) {
      if (p.website)
        expect(screen.getByRole('link', { name: p.name }).getAttribute('href')).toBe(p.website);
      expect(screen.getByText(p.description)).toBeTruthy();
    }
  });

  it("lists one area's partners, in English", () => {
    render(<PartnerList area="vatten" locale="en" />);
    expect(
      screen
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.lk-partner-list__name')?.textContent),
    ).toEqual(getPartners('en', 'vatten').map((p) => p.name));
  });
});
