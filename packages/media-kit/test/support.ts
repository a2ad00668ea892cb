import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '../src/manifest.ts';

export const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(pkgDir, 'dist');

/** The manifest the build wrote (the test task runs after the build task). */
export const readManifest = () =>
  JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as Manifest;

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('no IHDR first');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The text of a PDF's pages as pdf.js reads it (the way a screen reader or a search would find
 * it), lines joined by spaces. A library from npm, so the test runs on any machine: no poppler.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: bytes, useSystemFonts: false });
  const doc = await task.promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    for (const item of items) if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
  }
  await task.destroy();
  return parts.join('');
}
