// How both benchmarks put a snippet into the host page: as a page would hold it (links, element
// and script), with the script run.
import type { Page } from 'playwright-core';

/**
 * Inserts `html` at the end of the page's `<main>` and runs its scripts.
 * @param mark a performance mark set just before the insertion (main-thread.ts reads the trace
 *   from it), or none
 */
export async function insertSnippet(page: Page, html: string, mark?: string) {
  await page.evaluate(
    ({ html, mark }) => {
      if (mark) performance.mark(mark);
      const main = document.querySelector('main') as HTMLElement;
      main.insertAdjacentHTML('beforeend', html);
      // Scripts inserted as HTML do not run: put a live copy in place of each.
      for (const dead of main.querySelectorAll('script')) {
        const live = document.createElement('script');
        for (const { name, value } of dead.attributes) live.setAttribute(name, value);
        dead.replaceWith(live);
      }
    },
    { html, mark },
  );
}
