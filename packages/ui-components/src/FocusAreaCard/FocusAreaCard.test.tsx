import { getFocusArea } from '@ljungby/focus-content';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { focusAreaIds, locales, type FocusAreaId } from '@ljungby/focus-content/ids';
import { FocusAreaCard } from './FocusAreaCard';

afterEach(cleanup);

describe('FocusAreaCard', () => {
  it('shows the name as a level-3 heading, the short text and the illustration with its alt', () => {
    render(<FocusAreaCard area="vatten" />);
    const area = getFocusArea('vatten', 'sv');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(area.name);
    expect(screen.getByText(area.summary.short)).toBeTruthy();
    expect(screen.getByRole('img', { name: area.illustration.alt })).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('data-focus-area')).toBe('vatten');
    expect(screen.getByRole('article').getAttribute('lang')).toBe('sv');
  });

  it('links to the call to action with its own label by default', () => {
    render(<FocusAreaCard area="sagobygden" />);
    const cta = getFocusArea('sagobygden', 'sv').callToAction;
    const link = screen.getByRole('link');
    expect(link.textContent).toBe(cta?.label);
    expect(link.getAttribute('href')).toBe(cta?.url);
  });

  it('says "Läs mer om <topic>" when given the partner\'s own page, in both locales', () => {
    render(<FocusAreaCard area="vatten" href="/vatten" />);
    expect(screen.getByRole('link', { name: 'Läs mer om vattenfrågor' }).getAttribute('href')).toBe(
      '/vatten',
    );
    cleanup();
    render(<FocusAreaCard area="naringsliv" locale="en" href="/business" />);
    expect(screen.getByRole('link', { name: 'Read more about business' })).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe(getFocusArea('naringsliv', 'en').name);
  });

  it("names the area's topic from the content, so editing the content changes the link", () => {
    render(<FocusAreaCard area={{ ...getFocusArea('vatten', 'sv'), topic: 'sjöar' }} href="/x" />);
    expect(screen.getByRole('link', { name: 'Läs mer om sjöar' })).toBeTruthy();
  });

  it('gives every area a different link text', () => {
    for (const href of [undefined, '/x']) {
      render(
        <>
          {focusAreaIds.map((id) => (
            <FocusAreaCard key={id} area={id} href={href} />
          ))}
        </>,
      );
      const names = screen.getAllByRole('link').map((a) => a.textContent);
      expect(new Set(names).size).toBe(focusAreaIds.length);
      cleanup();
    }
  });

  it('accepts a FocusArea object, a heading level and no illustration', () => {
    render(
      <FocusAreaCard
        area={getFocusArea('sagobygden', 'en')}
        locale="en"
        headingLevel={2}
        showIllustration={false}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      getFocusArea('sagobygden', 'en').name,
    );
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('rejects an unknown area, locale or heading level with a message naming the prop', () => {
    expect(() => render(<FocusAreaCard area={'skog' as FocusAreaId} />)).toThrow(
      `<FocusAreaCard>: invalid area "skog"; expected one of ${focusAreaIds.map((id) => `"${id}"`).join(', ')}`,
    );
    expect(() => render(<FocusAreaCard area="vatten" locale={'de' as 'sv'} />)).toThrow(
      `invalid locale "de"; expected one of ${locales.map((l) => `"${l}"`).join(', ')}`,
    );
    expect(() => render(<FocusAreaCard area="vatten" headingLevel={9 as 3} />)).toThrow(
      /invalid headingLevel 9/,
    );
  });
});
