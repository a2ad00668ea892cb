// The recommended snippet reserves the widget's space, so the page must not move when the
// script arrives late: for every area × layout × language, at phone, tablet and desktop widths
// and in a 680 px content column (a WordPress-like theme), the text after each widget stays
// where it was and the page's cumulative layout shift stays ≤ 0.01. One page per language and
// width holds all ten snippets, each in its own box at the top of the page (all in view).
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

const pages = [
  ...[320, 390, 768, 1024, 1280].map((width) => ({ name: `${width} px`, width, theme: '' })),
  {
    name: '680 px column (WordPress-like theme)',
    width: 1280,
    theme: `body{margin:0;font:17px/1.7 Georgia,serif}main{max-width:680px;margin:0 auto;padding:0 24px;box-sizing:content-box}`,
  },
];
const combos = areas.flatMap((area) => layouts.map((layout) => ({ area, layout })));

export interface Shift {
  combo: string;
  before: number;
  after: number;
  reserved: number;
  rendered: number;
}

describe('no layout shift with the recommended snippet (script delayed 300 ms)', () => {
  for (const lang of locales) {
    for (const p of pages) {
      it(`${lang}, ${p.name}: every area × layout renders within its reservation, CLS ≤ 0.01`, async () => {
        const boxes = combos
          .map(
            (c) =>
              `<div class="box">${h.snippet({ ...c, locale: lang })}<p class="after">${c.area} ${c.layout}</p></div>`,
          )
          .join('');
        const o = await h.open(
          `${boxes}<script>window.before = [...document.querySelectorAll('.after')].map((p) => p.getBoundingClientRect().top); window.reserved = [...document.querySelectorAll('ljungby-story')].map((e) => e.getBoundingClientRect().height);</script>`,
          {
            head: `<style>${p.theme} main{position:relative} .box{position:absolute;top:0;left:0;right:0}</style><script>window.cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>`,
            htmlAttrs: `lang="${lang}"`,
            context: { viewport: { width: p.width, height: 900 } },
          },
        );
        await o.page.waitForFunction(
          (n) =>
            [...document.querySelectorAll('ljungby-story')].filter(
              (el) => el.shadowRoot?.firstElementChild,
            ).length === n,
          combos.length,
        );
        // Two frames, so that any shift the rendering caused has been reported.
        await o.page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        const result = await o.page.evaluate(() => {
          const w = window as unknown as { cls: number; before: number[]; reserved: number[] };
          const after = [...document.querySelectorAll('.after')].map(
            (p) => p.getBoundingClientRect().top,
          );
          const rendered = [...document.querySelectorAll('ljungby-story')].map(
            (el) =>
              (el.shadowRoot?.firstElementChild as HTMLElement).getBoundingClientRect().height,
          );
          return { cls: w.cls, before: w.before, after, reserved: w.reserved, rendered };
        });
        const shifts = combos.map((c, i) => ({
          combo: `${c.area} ${c.layout}`,
          before: result.before[i] ?? NaN,
          after: result.after[i] ?? NaN,
          reserved: Math.round(result.reserved[i] ?? NaN),
          rendered: Math.round(result.rendered[i] ?? NaN),
        }));
        expect(o.errors).toEqual([]);
        for (const s of shifts) {
          expect(s.rendered, `${s.combo}: rendered taller than reserved`).toBeLessThanOrEqual(
            s.reserved,
          );
          expect(Math.abs(s.after - s.before), `${s.combo}: the text after it moved`).toBeLessThan(
            1,
          );
        }
        expect(result.cls).toBeLessThanOrEqual(0.01);
        await o.close();
      });
    }
  }
});
