// A browser started with pinned fonts must draw each family the kit's pages ask for with DejaVu
// from npm, never with a font the machine has (Liberation, Noto…), and leave nothing behind.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { launchChromium } from './index.js';

/** The font Chromium really drew each element with, from DevTools' CSS domain. */
async function drawnFonts(browser, html) {
  const page = await browser.newPage();
  await page.setContent(html);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'p',
  });
  const names = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    names.push(fonts.map((f) => f.familyName).join(', '));
  }
  await page.close();
  return names;
}

test('pinned fonts: each family the kit asks for is drawn in DejaVu, and nothing is left behind', async () => {
  // A private temporary folder, so that another test's browser cannot be mistaken for this one.
  const work = mkdtempSync(join(tmpdir(), 'pinned-fonts-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = work;
  try {
    const fontFolders = () => readdirSync(work).filter((name) => name.startsWith('lk-fonts-'));
    const browser = await launchChromium([], { pinFonts: true });
    let drawn;
    try {
      assert.equal(fontFolders().length, 1, 'the configuration is there while the browser runs');
      const stacks = [
        // design-tokens' body and heading stacks, the token pages' code, and fonts a machine may have
        "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
        "'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, serif",
        'ui-monospace, monospace',
        "'Liberation Mono', 'Noto Sans Mono', monospace",
        'inherit', // Chromium's standard family: serif
      ];
      const html = stacks.map((s) => `<p style="font-family: ${s}">Räksmörgås 2035</p>`).join('');
      drawn = await drawnFonts(browser, html);
    } finally {
      await browser.close();
    }
    assert.deepEqual(drawn, [
      'DejaVu Sans',
      'DejaVu Serif',
      'DejaVu Sans Mono',
      'DejaVu Sans Mono',
      'DejaVu Serif',
    ]);
    // 'disconnected' has run by the time close() resolves.
    assert.deepEqual(fontFolders(), []);
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(work, { recursive: true, force: true });
  }
});
