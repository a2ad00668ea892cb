// The recommended snippet reserves the widget's space, so the page must not move when the
// script arrives late: cumulative layout shift 0, and no rendering taller than its reservation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reservedHeight } from '../dist/index.js';
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

const combinations = [
  { area: 'vatten', layout: 'card' },
  { area: 'sagobygden', layout: 'card' },
  { area: 'all', layout: 'card' },
  { area: 'vatten', layout: 'story' },
  { area: 'sagobygden', layout: 'story' },
] as const;

describe('layout shift with the recommended snippet (1280 px page, script delayed 300 ms)', () => {
  for (const { area, layout } of combinations) {
    for (const lang of ['sv', 'en'] as const) {
      it(`${area}, ${layout}, ${lang}: CLS is 0`, async () => {
        const o = await h.open(
          `<h1>Föreningen Exempel</h1><p>Inledning före widgeten.</p>${h.snippet({ area, layout, lang })}<p id="after">Text efter widgeten.</p>`,
          {
            head: `<script>window.cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>`,
            context: { viewport: { width: 1280, height: 900 } },
          },
        );
        await o.page.waitForFunction(
          () => document.querySelector('ljungby-story')?.shadowRoot?.querySelector('.lk-root'),
          undefined,
          { timeout: 10_000 },
        );
        await o.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const result = await o.page.evaluate(() => {
          const el = document.querySelector('ljungby-story') as HTMLElement;
          const content = el.shadowRoot?.querySelector('.lk-root') as HTMLElement;
          return {
            cls: (window as unknown as { cls: number }).cls,
            content: content.getBoundingClientRect().height,
          };
        });
        expect(result.cls).toBe(0);
        expect(result.content).toBeLessThanOrEqual(
          reservedHeight[layout][area === 'all' ? 'all' : 'one'],
        );
        await o.close();
      });
    }
  }
});
