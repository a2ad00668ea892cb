// An app that imports one component in Swedish: its bundle, built by Vite (Rollup semantics)
// and by esbuild, must contain no other component and no English content.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getFocusArea } from '@ljungby/focus-content';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectDir, run } from './support.ts';

const dir = projectDir('tree-shaking');
beforeAll(async () => {
  await Promise.all([
    run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir }),
    run(
      join(dir, 'node_modules/.bin/esbuild'),
      ['src/main.js', '--bundle', '--minify', '--format=esm', '--outfile=out/esbuild.js'],
      {
        cwd: dir,
      },
    ),
  ]);
});

// esbuild writes å, ä and ö as \xE4-style escapes; read the bundles as text.
const unescape = (js: string) =>
  js.replace(/\\(?:x([0-9a-f]{2})|u([0-9a-f]{4}))/giu, (_, x?: string, u?: string) =>
    String.fromCharCode(parseInt(x ?? u ?? '', 16)),
  );

const viteBundle = () => {
  const assets = join(dir, 'out/vite/assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => unescape(readFileSync(join(assets, f), 'utf8')))
    .join('\n');
};

const otherComponents = [
  'lk-key-figure',
  'lk-focus-area-grid',
  'lk-focus-area-story',
  'lk-vision-banner',
  'lk-partner-list',
  'lk-partner-line',
  'lk-attribution',
  'lk-link-button',
];
/** Today's Swedish text of the card the app shows, as the content says it (no frozen copy). */
const swedish = getFocusArea('vatten', 'sv').summary.short.split('. ')[0] ?? '';

const english = [
  "The municipality's vision",
  'In Ljungby kommun we shape the future together',
  'Young adults',
];

describe.each([
  ['Vite', viteBundle],
  ['esbuild', () => unescape(readFileSync(join(dir, 'out/esbuild.js'), 'utf8'))],
] as const)('%s bundle of one component and one locale', (_, bundle) => {
  it('holds the component and the Swedish text', () => {
    const js = bundle();
    expect(js).toContain('lk-focus-area-card');
    expect(swedish.length).toBeGreaterThan(20);
    expect(js).toContain(swedish);
  });

  it('holds no other component', () => {
    const js = bundle();
    for (const c of otherComponents) expect(js, c).not.toContain(c);
  });

  it('holds no English content', () => {
    const js = bundle();
    for (const text of english) expect(js, text).not.toContain(text);
  });
});
