import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@ljungby/test-browser';
const browser = await launchChromium();
const page = await browser.newPage();
const pdfjs = '/work/wt/h19/node_modules/pdfjs-dist/build';
await page.route('http://pdf.test/**', (route) => {
  const path = new URL(route.request().url()).pathname;
  return path === '/' ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><canvas></canvas>' }) : route.fulfill({ path: join(pdfjs, path) });
});
await page.goto('http://pdf.test/');
await page.addScriptTag({ type: 'module', content: `import * as lib from 'http://pdf.test/pdf.min.mjs'; lib.GlobalWorkerOptions.workerSrc = 'http://pdf.test/pdf.worker.min.mjs';
window.drawPdf = async (b) => { const data = Uint8Array.from(atob(b), (c) => c.charCodeAt(0)); const p = await (await lib.getDocument({ data }).promise).getPage(1); const v = p.getViewport({ scale: 2 }); const c = document.querySelector('canvas'); c.width = v.width; c.height = v.height; await p.render({ canvas: c, viewport: v }).promise; return c.toDataURL('image/png'); };` });
await page.waitForFunction(() => 'drawPdf' in window);
for (const f of process.argv.slice(2)) {
  const url = await page.evaluate((b) => window.drawPdf(b), readFileSync(f).toString('base64'));
  writeFileSync(f.replace(/\.pdf$/, '.pdf.png'), Buffer.from(url.split(',')[1], 'base64'));
}
await browser.close();
