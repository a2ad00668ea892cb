// The recommended snippet under a strict Content Security Policy with Trusted Types enforced:
// no inline style, no inline script, no innerHTML, only the CDN. Zero violations, and the
// widget renders, for a card, the grid and a story.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspDirectives } from '../dist/index.js';
import { startHarness, type Harness } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const record = `window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('strict CSP with Trusted Types', () => {
  it("the recommended snippet causes no violation under the issue's policy", async () => {
    const cdn = h.cdn.origin;
    const o = await h.open(
      [
        h.snippet({ area: 'vatten' }),
        h.snippet({ area: 'all', locale: 'en' }),
        h.snippet({ area: 'sagobygden', layout: 'story' }),
      ].join('<p>Mellan inbäddningarna.</p>'),
      {
        csp: `default-src 'self'; script-src ${cdn}; connect-src ${cdn}; style-src 'self' ${cdn}; require-trusted-types-for 'script'`,
        init: record,
      },
    );
    await o.page.evaluate(async () => {
      for (const el of document.querySelectorAll('ljungby-story')) {
        el.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    await o.page.waitForFunction(() =>
      [...document.querySelectorAll('ljungby-story')].every((el) =>
        el.shadowRoot?.querySelector('.lk-root h2'),
      ),
    );
    expect(
      await o.page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(o.errors).toEqual([]);
    // Styled, not just present: the card's accent border comes from css/card.css.
    const border = await o.page.evaluate(() => {
      const body = document
        .querySelector('ljungby-story')
        ?.shadowRoot?.querySelector('.lk-focus-area-card__body');
      return body ? getComputedStyle(body).borderTopWidth : '';
    });
    expect(border).toBe('4px');
    await o.close();
  });

  it('cspDirectives() names exactly what that policy had to allow', () => {
    const cdn = 'https://cdn.jsdelivr.net';
    expect(cspDirectives({ area: 'vatten' })).toEqual([
      { name: 'script-src', sources: [cdn] },
      { name: 'connect-src', sources: [cdn] },
      { name: 'style-src', sources: [cdn] },
    ]);
  });
});
