// How the visual test shows one story and takes its picture in the built Storybook, and how two
// pictures are compared: the parts of visual.test.ts that do not depend on its run.
import { browserPatience } from '@ljungby/test-browser';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** One width for every story: the layouts under test, not the window, decide what is drawn. */
export const viewport = { width: 1024, height: 768 };
/**
 * pixelmatch's per-pixel colour tolerance (0–1, YIQ distance). Low, so that a 1-px border in a
 * neighbouring token colour still counts; anti-aliased pixels are told apart by pixelmatch
 * itself (`includeAA: false`), which is the only noise left once the fonts are pinned.
 */
const threshold = 0.05;

type Channel = {
  on: (event: string, listener: (payload: unknown) => void) => void;
  off: (event: string, listener: (payload: unknown) => void) => void;
  emit: (event: string, payload: unknown) => void;
};

/**
 * Shows a story in a colour scheme and waits until it has rendered, played and settled. The
 * first call loads the preview; later calls switch story or scheme through Storybook's own
 * channel (as its manager does), which skips reloading the preview bundle for every shot.
 */
export async function open(page: Page, base: string, id: string, scheme: string, fresh = false) {
  if (fresh || !page.url().includes('/iframe.html')) {
    await page.goto(`${base}iframe.html?viewMode=story&id=${id}&globals=colorScheme:${scheme}`);
    // The preview's render phase ends in "finished" after the play function and its checks.
    await page.waitForFunction(() => {
      const phase = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted';
    });
  } else {
    await page.evaluate(
      ({ id, scheme, patience }) =>
        new Promise<void>((resolve, reject) => {
          const w = window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: Channel;
            __STORYBOOK_PREVIEW__: { currentRender?: { id?: string } };
          };
          const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
          // page.evaluate has no timeout of its own: this timer is the step's ceiling.
          const timer = setTimeout(() => {
            channel.off('storyFinished', finished);
            reject(new Error(`${id} (${scheme}) did not finish rendering`));
          }, patience);
          const finished = (payload: unknown) => {
            if ((payload as { storyId?: string }).storyId !== id) return;
            channel.off('storyFinished', finished);
            clearTimeout(timer);
            resolve();
          };
          channel.on('storyFinished', finished);
          if (w.__STORYBOOK_PREVIEW__.currentRender?.id === id) {
            channel.emit('updateGlobals', { globals: { colorScheme: scheme } });
          } else {
            channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
          }
        }),
      { id, scheme, patience: browserPatience },
    );
  }
  await page.addStyleTag({
    content:
      '*,*::before,*::after{animation:none!important;transition:none!important;caret-color:transparent!important}',
  });
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map((img) =>
        img.complete ? img.decode().catch(() => {}) : img.decode(),
      ),
    );
  });
  // A full-page shot of a page whose height is still changing comes out torn (the top repeated):
  // wait until the height holds over two frames.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const height = document.documentElement.scrollHeight;
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve(document.documentElement.scrollHeight === height);
          });
        });
      }),
  );
}

/**
 * The whole page, taken as a viewport shot of a viewport as tall as the page: Chromium's
 * full-page capture of a page taller than the viewport tears on a busy machine (the first
 * screen repeated further down), so the viewport is grown to the page instead.
 */
export async function shoot(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve(document.documentElement.scrollHeight <= window.innerHeight);
          });
        });
      }),
  );
  const png = await page.screenshot({ animations: 'disabled' });
  await page.setViewportSize(viewport);
  return png;
}

/** Pixels that differ beyond anti-aliasing, and the diff image (red where they differ). */
export function compare(expected: PNG, actual: PNG) {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { pixels: -1, diff: undefined };
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  const pixels = pixelmatch(
    expected.data,
    actual.data,
    diff.data,
    expected.width,
    expected.height,
    {
      threshold,
      includeAA: false,
    },
  );
  return { pixels, diff };
}
