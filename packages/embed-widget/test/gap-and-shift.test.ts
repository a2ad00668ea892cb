// No gap, no jump: with the recommended snippet, for every area × layout × language, at phone,
// tablet and desktop widths and in a 680 px content column (a WordPress-like theme), at the
// default font size and at 20 px, the page's cumulative layout shift stays ≤ 0.01 while the
// script arrives late, the widget draws and the visitor scrolls through the page; the widget
// never grows past its reservation; and the blank space under a widget is never more than 24 px:
// neither where the visitor sees it when the widget has drawn, nor anywhere once they have
// scrolled past. One page per language, width and font size holds all ten snippets, each in its
// own box at the top of the page (all in view) and followed by half a screen of content, which
// is what moves if anything does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@ljungby/focus-content';
import { areas, layouts } from '../src/options.ts';
import { startHarness, type Harness } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // A slow CDN: the script arrives 300 ms after the page has been laid out.
  h.cdn.fault('/dist/embed.js', { delayMs: 300 });
});
afterAll(async () => {
  h.cdn.fault('/dist/embed.js', undefined);
  await h.close();
});

/** The most blank space (px) a visitor may see under a widget. */
const maxGap = 24;
const pages = [
  ...[320, 390, 768, 1024, 1280].map((width) => ({ name: `${width} px`, width, theme: '' })),
  {
    name: '680 px column (WordPress-like theme)',
    width: 1280,
    theme: `body{margin:0;font:17px/1.7 Georgia,serif}main{max-width:680px;margin:0 auto;padding:0 24px;box-sizing:content-box}`,
  },
];
const combos = areas.flatMap((area) => layouts.map((layout) => ({ area, layout })));

/** Per widget: its blank space (px), and whether any of it is inside the viewport. */
const gaps = () =>
  [...document.querySelectorAll('ljungby-story')].map((el) => {
    const drawn = (el.shadowRoot?.firstElementChild as HTMLElement).getBoundingClientRect();
    const after = (el.parentElement?.querySelector('.after') as HTMLElement).getBoundingClientRect()
      .top;
    return { gap: after - drawn.bottom, seen: drawn.bottom < innerHeight && after > 0 };
  });

describe('no gap, no jump with the recommended snippet (script delayed 300 ms)', () => {
  for (const lang of locales) {
    for (const fontSize of [16, 20]) {
      for (const p of pages) {
        it(`${lang}, ${fontSize} px text, ${p.name}`, async () => {
          const boxes = combos
            .map(
              (c) =>
                `<div class="box">${h.snippet({ ...c, locale: lang })}<p class="after">${c.area} ${c.layout}</p></div>`,
            )
            .join('');
          const o = await h.open(
            `${boxes}<script>window.reserved = [...document.querySelectorAll('ljungby-story')].map((e) => e.getBoundingClientRect().height);</script>`,
            {
              head: `<style>${p.theme} main{position:relative} .box{position:absolute;top:0;left:0;right:0} .after{margin:0;min-height:50vh;background:#eee}</style><script>window.cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>`,
              htmlAttrs: `lang="${lang}"`,
              context: { viewport: { width: p.width, height: 900 } },
              fontSize,
            },
          );
          await o.page.waitForFunction(
            (n) =>
              [...document.querySelectorAll('ljungby-story')].filter(
                (el) => el.shadowRoot?.firstElementChild,
              ).length === n,
            combos.length,
          );
          const frames = () =>
            o.page.evaluate(
              () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
            );
          await frames();
          const drawn = await o.page.evaluate(gaps);
          const grew = await o.page.evaluate(() =>
            [...document.querySelectorAll('ljungby-story')].map(
              (el, i) =>
                el.getBoundingClientRect().height -
                ((window as unknown as { reserved: number[] }).reserved[i] ?? 0),
            ),
          );
          // The visitor scrolls through the page, a screen at a time, and back to the top.
          await o.page.evaluate(async () => {
            const step = innerHeight * 0.8;
            for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
              scrollTo(0, y);
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
            scrollTo(0, 0);
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          });
          const passed = await o.page.evaluate(gaps);
          const cls = await o.page.evaluate(() => (window as unknown as { cls: number }).cls);
          expect(o.errors).toEqual([]);
          combos.forEach((c, i) => {
            const name = `${c.area} ${c.layout}`;
            expect(grew[i], `${name}: grew past its reservation`).toBeLessThanOrEqual(1);
            const first = drawn[i];
            if (first?.seen)
              expect(first.gap, `${name}: blank space seen when drawn`).toBeLessThanOrEqual(maxGap);
            expect(passed[i]?.gap, `${name}: blank space after scrolling`).toBeLessThanOrEqual(
              maxGap,
            );
          });
          expect(cls).toBeLessThanOrEqual(0.01);
          await o.close();
        });
      }
    }
  }
});
