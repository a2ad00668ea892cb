// An app that imports one component bundles that component only, and with the one-locale
// entries only that locale's content: bundled with esbuild as an app would, checked on the
// output. (The components' own UI words, a few dozen bytes per locale, stay in every bundle.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: pkg, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['react', 'react-dom'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// A boolean, so that a failure prints the word, not the whole bundle.
const has = (js: string, text: string) => js.includes(text);

const otherComponents = [
  'lk-vision-banner',
  'lk-focus-area-story',
  'lk-partner-list',
  'lk-key-figure',
  'lk-attribution',
];

describe('tree-shaking', () => {
  it('one component from the Swedish entry: no other component, no English', async () => {
    const js = await bundle(`export { FocusAreaCard } from '@ljungby/ui-components/sv';`);
    expect(js).toContain('lk-focus-area-card');
    expect(js).toContain('Unga vuxna');
    expect(has(js, 'Kommunens vision')).toBe(true); // the marker the English test looks for
    expect(has(js, 'Young adults')).toBe(false);
    for (const other of otherComponents) expect(has(js, other), other).toBe(false);
  });

  it('one component from the English entry: no Swedish texts', async () => {
    const js = await bundle(`export { VisionBanner } from '@ljungby/ui-components/en';`);
    expect(js).toContain('lk-vision-banner');
    expect(js).toContain('Number of inhabitants');
    expect(has(js, 'Kommunens vision')).toBe(false);
    expect(has(js, 'lk-focus-area-card')).toBe(false);
  });

  it('one component from its subpath or the index: no other component', async () => {
    for (const source of [
      `export { FocusAreaCard } from '@ljungby/ui-components/FocusAreaCard';`,
      `export { FocusAreaCard } from '@ljungby/ui-components';`,
    ]) {
      const js = await bundle(source);
      expect(js).toContain('lk-focus-area-card');
      for (const other of otherComponents) expect(has(js, other), other).toBe(false);
    }
  });

  // The partner line is the content's word (collaboration.partnerLine), so PartnerLine bundles
  // the one locale's content it reads it from; still no other component and no other locale.
  it('PartnerLine takes its line from the one locale it bundles', async () => {
    const js = await bundle(`export { PartnerLine } from '@ljungby/ui-components/sv';`);
    expect(js).toContain('I samarbete med Ljungby kommun');
    expect(has(js, 'In collaboration with Ljungby kommun')).toBe(false);
    for (const other of otherComponents) expect(has(js, other), other).toBe(false);
  });
});
