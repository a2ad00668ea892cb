import { getFocusArea } from '@ljungby/focus-content';
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FocusAreaStory } from './FocusAreaStory';

afterEach(cleanup);

describe('FocusAreaStory', () => {
  it('tells the whole story under one level-2 title, with sections at level 3', () => {
    const area = getFocusArea('vatten', 'sv');
    render(<FocusAreaStory area="vatten" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(area.name);
    expect(screen.getByText(area.tagline)).toBeTruthy();
    const h3 = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(h3).toEqual(expect.arrayContaining(['Det viktigaste', 'Fakta', 'Partner']));
    const contentHeadings = area.long.filter((b) => b.type === 'heading');
    expect(h3.length).toBe(3 + contentHeadings.length);
    for (const message of area.keyMessages) expect(screen.getByText(message)).toBeTruthy();
  });

  it('shows every fact with its value and linked source, and every partner', () => {
    const area = getFocusArea('naringsliv', 'en');
    render(<FocusAreaStory area="naringsliv" locale="en" />);
    for (const fact of area.facts) {
      expect(screen.getAllByText(fact.value).length).toBeGreaterThan(0);
      expect(
        screen.getAllByRole('link', { name: fact.source.title })[0]?.getAttribute('href'),
      ).toBe(fact.source.url);
    }
    for (const partner of area.partners) expect(screen.getByText(partner.name)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'CC BY 4.0' })).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('lang')).toBe('en');
  });

  it('quotes only the municipality’s Swedish wording and gives the English as a translation', () => {
    const { official } = getFocusArea('unga-vuxna', 'en');
    render(<FocusAreaStory area="unga-vuxna" locale="en" />);
    const line = document.querySelector('.lk-focus-area-story__official');
    const quote = line?.querySelector('q');
    expect(quote?.textContent).toBe(official.original);
    expect(quote?.getAttribute('lang')).toBe('sv');
    expect(line?.textContent).toMatch(/^The municipality's wording: /u);
    expect(line?.textContent.endsWith(`). Our translation: ${official.text}`)).toBe(true);
    cleanup();
    render(<FocusAreaStory area="unga-vuxna" />);
    const sv = document.querySelector('.lk-focus-area-story__official')?.textContent;
    expect(sv).toBe(`Kommunens formulering: ${official.original} (${official.source.title})`);
  });

  it('shifts every heading with headingLevel and never goes past h6', () => {
    render(<FocusAreaStory area="sagobygden" headingLevel={5} />);
    expect(screen.getByRole('heading', { level: 5 }).textContent).toBe('Sagobygden');
    expect(screen.getAllByRole('heading', { level: 6 }).length).toBeGreaterThan(3);
    expect(document.querySelector('h7')).toBeNull();
  });

  it('uses the summary instead of the long text for short and medium, in every area', () => {
    for (const id of focusAreaIds) {
      render(<FocusAreaStory area={id} length="short" />);
      const body = document.querySelector('.lk-focus-area-story__body') as HTMLElement;
      expect(within(body).getByText(getFocusArea(id, 'sv').summary.short)).toBeTruthy();
      expect(within(body).queryAllByRole('heading')).toHaveLength(0);
      cleanup();
    }
    expect(() => render(<FocusAreaStory area="vatten" length={'full' as 'long'} />)).toThrow(
      /invalid length "full"/,
    );
  });
});
