// Node ESM and CJS scripts import every entry point of every package, from the tarballs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectDir, run } from './support.ts';

const dir = projectDir('node-imports');

const load = async (script: string) => {
  const { stdout } = await run(process.execPath, [join(dir, script)], { cwd: dir });
  return JSON.parse(stdout) as Record<string, string[] | 'file'>;
};

describe('every entry point from Node', () => {
  it('imports from ESM and requires from CommonJS with the same exports', async () => {
    const [esm, cjs] = await Promise.all([load('esm.mjs'), load('cjs.cjs')]);
    expect(Object.keys(esm).length).toBeGreaterThan(30);
    // CommonJS adds no default export of its own; otherwise the two must agree entry by entry.
    const withoutDefault = (r: Record<string, string[] | 'file'>) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, v === 'file' ? v : v.filter((x) => x !== 'default')]),
      );
    expect(withoutDefault(cjs)).toEqual(withoutDefault(esm));
    expect(esm['@ljungby/design-tokens']).toEqual(
      expect.arrayContaining(['tokens', 'values', 'focusAreas']),
    );
    expect(esm['@ljungby/focus-content']).toEqual(
      expect.arrayContaining([
        'getFocusAreas',
        'getFocusArea',
        'getVision',
        'getPartners',
        'attribution',
      ]),
    );
    expect(esm['@ljungby/focus-content/sv']).toEqual(expect.arrayContaining(['getFocusAreas']));
    expect(esm['@ljungby/ui-components']).toEqual(
      expect.arrayContaining([
        'FocusAreaCard',
        'FocusAreaGrid',
        'FocusAreaStory',
        'VisionBanner',
        'KitProvider',
      ]),
    );
    expect(esm['@ljungby/ui-components/FocusAreaCard']).toEqual(
      expect.arrayContaining(['FocusAreaCard']),
    );
    expect(esm['@ljungby/embed-widget']).toEqual(
      expect.arrayContaining(['createSnippet', 'integrity']),
    );
    for (const file of [
      '@ljungby/design-tokens/css',
      '@ljungby/ui-components/styles.css',
      '@ljungby/focus-content/json/sv.json',
      '@ljungby/embed-widget/embed.js',
    ]) {
      expect(esm[file], file).toBe('file');
    }
  });
});
