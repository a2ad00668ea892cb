// What both benchmarks (bench.ts, main-thread.ts) set up: the loopback CDN with this package (or
// another build of it, BENCH_EMBED_DIR), focus-content and lite-youtube-embed; a host page at
// /bench to insert the snippets into; Chromium; and the two embeds as a page would hold them,
// each with the condition that says it is ready.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveCdn, serveHostPages } from '@ljungby/test-browser';
import { launch } from '../test/support/browser.ts';
import { cdnPackages } from '../test/support/fixtures.ts';

const versionOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

export const embedDir = process.env.BENCH_EMBED_DIR ?? cdnPackages['@ljungby/embed-widget'];
const liteDir = dirname(fileURLToPath(import.meta.resolve('lite-youtube-embed/package.json')));
export const version = versionOf(embedDir);
export const liteVersion = versionOf(liteDir);
// The snippet of the build served, with that build's SRI hashes.
export const { createSnippet } = (await import(
  pathToFileURL(join(embedDir, 'dist/index.js')).href
)) as typeof import('../dist/index.js');

export const cdn = await serveCdn({
  ...cdnPackages,
  '@ljungby/embed-widget': embedDir,
  'lite-youtube-embed': liteDir,
});
export const host = await serveHostPages();
export const browser = await launch();
// The snippets are inserted by the benchmark itself (insert-snippet.ts), so that the clock
// starts with them.
host.set('/bench', {
  body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Bench</title></head><body><main></main></body></html>`,
});

/** The folders of this build and of the content on the loopback CDN, for createSnippet(). */
export const bases = {
  scriptBase: `${cdn.origin}/npm/@ljungby/embed-widget@${version}`,
  contentBase: `${cdn.origin}/npm/@ljungby/focus-content@0.1`,
};

const liteBase = `${cdn.origin}/npm/lite-youtube-embed@${liteVersion}/src`;
export const embeds = {
  /** Four cards rendered, their text styled (css/card.css adopted): what a visitor can read. */
  ours: {
    html: createSnippet({ area: 'all', ...bases }),
    ready: `(() => { const root = document.querySelector('ljungby-story')?.shadowRoot; return root?.querySelectorAll('.lk-focus-area-card__text').length === 4 && root.adoptedStyleSheets.length > 0; })()`,
  },
  /** The poster box with its play button. */
  lite: {
    html: [
      `<link rel="stylesheet" href="${liteBase}/lite-yt-embed.css" crossorigin="anonymous">`,
      `<lite-youtube videoid="ogfYd705cRs" playlabel="Play"></lite-youtube>`,
      `<script src="${liteBase}/lite-yt-embed.js" crossorigin="anonymous"></script>`,
    ].join('\n'),
    ready: `!!document.querySelector('lite-youtube')?.querySelector('.lty-playbtn')`,
  },
};

export async function closeStage() {
  await browser.close();
  await cdn.close();
  await host.close();
}
