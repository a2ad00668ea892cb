// Respect the visitor, resist the host: the widget's text follows the browser's default font
// size (a visitor who chose 20 px reads 20 px), never the host page's root (a 62.5 % root
// leaves it unchanged), and at 320 px with the text at 200 % nothing needs a horizontal scroll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas, layouts } from '../src/options.ts';
import { startHarness, type Harness, type Opened } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Sets the browser's default font size (chrome://settings/fonts), then loads the page again. */
async function defaultFontSize(o: Opened, px: number) {
  const cdp = await o.page.context().newCDPSession(o.page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
  await o.page.reload();
}

const rendered = (o: Opened, n: number) =>
  o.page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('ljungby-story')].filter(
        (el) => el.shadowRoot?.firstElementChild,
      ).length === n,
    n,
  );

/** The body text's size as the visitor sees it: its font size times any zoom on the way. */
const bodyTextSize = (o: Opened) =>
  o.page.evaluate(() => {
    const text = document
      .querySelector('ljungby-story')
      ?.shadowRoot?.querySelector('.lk-focus-area-card__text') as
      (HTMLElement & { currentCSSZoom: number }) | null;
    if (!text) return NaN;
    return parseFloat(getComputedStyle(text).fontSize) * text.currentCSSZoom;
  });

const hostRoot = `<style>html { font-size: 62.5% } body { font-size: 1.6rem }</style>`;

describe("the visitor's font size", () => {
  for (const [name, head, px, expected] of [
    ['default 16 px', '', 16, 16],
    ['default 20 px', '', 20, 20],
    ['default 16 px, host root 62.5 %', hostRoot, 16, 16],
    ['default 20 px, host root 62.5 %', hostRoot, 20, 20],
  ] as const) {
    it(`${name}: body text ${expected} px`, async () => {
      const o = await h.open(h.snippet({ area: 'vatten' }), { head });
      if (px !== 16) await defaultFontSize(o, px);
      await rendered(o, 1);
      expect(await bodyTextSize(o)).toBeCloseTo(expected, 1);
      await o.close();
    });
  }

  it('320 px wide, text at 200 % (32 px default) and page zoom 200 %: no horizontal scroll', async () => {
    const combos = areas.flatMap((area) => layouts.map((layout) => ({ area, layout })));
    const o = await h.open(combos.map((c) => h.snippet(c)).join(''), {
      context: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 },
    });
    await defaultFontSize(o, 32);
    // Every widget renders only near the viewport: scroll through the page.
    await o.page.evaluate(async () => {
      for (const el of document.querySelectorAll('ljungby-story')) {
        el.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    await rendered(o, combos.length);
    const overflow = await o.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      if (document.documentElement.scrollWidth > width)
        out.push(`page scrolls: ${document.documentElement.scrollWidth} > ${width}`);
      for (const el of document.querySelectorAll('ljungby-story')) {
        const host = el.getBoundingClientRect();
        for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
          // Shapes may reach past their drawing's edge; the <svg> clips them.
          if (node instanceof SVGElement && node.ownerSVGElement) continue;
          const r = node.getBoundingClientRect();
          if (r.width > 0 && r.right > host.right + 1)
            out.push(
              `${el.getAttribute('area')} ${node.getAttribute('class') ?? node.tagName}: ${r.right}`,
            );
        }
      }
      return out;
    });
    expect(overflow).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.close();
  });
});
