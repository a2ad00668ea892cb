// The files a consumer gets: the JSON against its JSON Schema, the JS entry points through the
// package's exports map, and the illustrations.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '@ljungby/focus-content';
import * as ids from '@ljungby/focus-content/ids';
import { linkTexts } from '@ljungby/focus-content/link-texts';
import * as svApi from '@ljungby/focus-content/sv';
import { getIllustration, illustrations } from '@ljungby/focus-content/illustrations';
import { processSvg } from '../scripts/lib/svg.ts';
import { distDir, packageDir, published, readJson } from './helpers.ts';
import { locales } from '../src/ids.ts';

const sv = published('sv');
const en = published('en');

describe('json/<locale>.json and json/schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('date', (s: string) => /^\d{4}-\d{2}-\d{2}$/u.test(s));
  const validate = ajv.compile(readJson<object>(join(distDir, 'json', 'schema.json')));

  it.each(locales.map((l) => [l]))('%s.json validates against the schema', (locale) => {
    const ok = validate(published(locale));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects content that breaks it', () => {
    const broken = structuredClone(sv) as unknown as {
      focusAreas: { long: { type: string }[]; callToAction: { url: string } }[];
    };
    const first = broken.focusAreas[0];
    if (!first) throw new Error('no focus areas');
    first.long.push({ type: 'html' });
    first.callToAction.url = 'javascript:alert(1)';
    expect(validate(broken)).toBe(false);
  });
});

describe('@ljungby/focus-content/ids', () => {
  it('gives the lists and guards the root gives, and no content', () => {
    expect(ids.focusAreaIds).toBe(api.focusAreaIds);
    expect(ids.locales).toBe(api.locales);
    expect(ids.isFocusAreaId('vatten')).toBe(true);
    expect(ids.isLocale('de')).toBe(false);
    expect(() => {
      ids.assertFocusAreaId('skog');
    }).toThrow('Unknown focus area "skog"');
    const js = readFileSync(join(distDir, 'ids.js'), 'utf8');
    expect(js).not.toContain(sv.focusAreas[0]?.summary.short.slice(0, 20));
    expect(js.length).toBeLessThan(1500);
  });
});

describe('@ljungby/focus-content/link-texts', () => {
  it("gives getLinkText's words for every area and 'all' in every locale, and no other content", () => {
    for (const locale of locales)
      for (const area of [...api.focusAreaIds, 'all' as const])
        expect(linkTexts[locale][area]).toBe(api.getLinkText(area, locale));
    const js = readFileSync(join(distDir, 'link-texts.js'), 'utf8');
    expect(js).not.toContain(sv.focusAreas[0]?.summary.short.slice(0, 20));
  });
});

describe('getLinkText: the words of a plain link, from content/collaboration/<locale>.md', () => {
  it('names the area as the content writes it, in each locale, and all four with "all"', () => {
    for (const locale of locales) {
      for (const area of api.getFocusAreas(locale)) {
        const text = api.getLinkText(area.id, locale);
        expect(text.startsWith(`${area.name} – `)).toBe(true);
        expect(text).not.toContain('{name}');
      }
    }
    expect(api.getLinkText('sagobygden')).toBe('Sagobygden – ett av Ljungby kommuns fokusområden');
    expect(api.getLinkText('all', 'en')).toBe("Ljungby kommun's focus areas");
    expect(svApi.getLinkText('vatten')).toBe(api.getLinkText('vatten', 'sv'));
    expect(() => api.getLinkText('skog' as 'vatten')).toThrow('Unknown focus area "skog"');
  });

  it('stays out of json/<locale>.json, which pasted 0.1 embeds fetch within its budget', () => {
    for (const locale of locales)
      expect(published(locale).collaboration).not.toHaveProperty('linkText');
  });
});

describe('the illustrations as files, through the exports map', () => {
  it.each(api.focusAreaIds.map((id) => [id]))(
    'illustrations/%s.svg resolves to the built SVG',
    (id) => {
      const path = createRequire(import.meta.url).resolve(
        `@ljungby/focus-content/illustrations/${id}.svg`,
      );
      expect(readFileSync(path, 'utf8')).toMatch(/^<svg /u);
    },
  );
});

describe('the JS API (built, through the exports map)', () => {
  it('serves the same data as the JSON', () => {
    expect(api.getContent('sv')).toEqual(sv);
    expect(api.getContent('en')).toEqual(en);
    expect(svApi.content).toEqual(sv);
  });

  it('lists the focus areas in order and finds one by id', () => {
    expect(api.getFocusAreas('en').map((a) => a.id)).toEqual([...api.focusAreaIds]);
    expect(api.getFocusArea('vatten', 'en').name).toBe('Water');
    expect(api.getFocusArea('vatten').name).toBe('Vatten');
    expect(svApi.getFocusArea('sagobygden').name).toBe('Sagobygden');
  });

  it('refuses unknown ids and locales with a clear message', () => {
    expect(() => api.getFocusArea('bolmen' as never)).toThrow(
      `Unknown focus area "bolmen"; expected one of ${api.focusAreaIds.join(', ')}`,
    );
    expect(() => api.getVision('de' as never)).toThrow(
      'Unknown locale "de"; expected one of sv, en',
    );
    expect(api.isFocusAreaId('vatten')).toBe(true);
    expect(api.isFocusAreaId('Vatten')).toBe(false);
  });

  it('filters partners by focus area', () => {
    expect(api.getPartners('sv', 'vatten').map((p) => p.id)).toEqual([
      'forskningsstation-bolmen',
      'sydvatten',
    ]);
    expect(api.getPartner('sydvatten', 'en')?.kindLabel).toBe('Company');
  });

  it('exports the attribution, the licence and the credit lines', () => {
    expect(api.attribution).toBe('Ljungby kommun');
    expect(api.license.spdx).toBe('CC-BY-4.0');
    // The licence's words follow the kit's status (content/status): proposed until decided.
    const sv = api.kitStatus.licenceDecided ? 'CC BY 4.0' : 'föreslagen licens CC BY 4.0';
    const en = api.kitStatus.licenceDecided ? 'CC BY 4.0' : 'proposed licence CC BY 4.0';
    expect(api.getCreditLine('sv')).toBe(`Text och illustrationer: Ljungby kommun, ${sv}`);
    expect(api.getCreditLine('en')).toBe(`Text and illustrations: Ljungby kommun, ${en}`);
    // A partner's own text beside the kit's illustration credits only what it reused.
    expect(api.getCreditLine('sv', 'illustrations')).toBe(`Illustration: Ljungby kommun, ${sv}`);
    expect(api.getCreditLine('en', 'texts')).toBe(`Text: Ljungby kommun, ${en}`);
  });

  it('works from CommonJS too', () => {
    const require = createRequire(import.meta.url);
    const cjs = require('@ljungby/focus-content') as typeof api;
    expect(cjs.getFocusArea('naringsliv', 'sv').official.original).toBe('Näringsliv');
    const cjsSv = require('@ljungby/focus-content/sv') as typeof svApi;
    expect(cjsSv.getVision().goal.population).toBe(35000);
  });

  it('gives the long texts back as Markdown that parses to the same tree', async () => {
    const { markdownToBlocks } = await import('../scripts/lib/markdown.ts');
    for (const area of sv.focusAreas) {
      const markdown = api.blocksToMarkdown(area.long);
      expect(markdownToBlocks(markdown).blocks, area.id).toEqual(area.long);
    }
    const collaboration = api.blocksToMarkdown(sv.collaboration.long);
    expect(collaboration).toContain('[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)');
    expect(collaboration).toContain('**Ljungby kommun**');
  });
});

describe('@ljungby/focus-content/sv', () => {
  it('bundles without any English text', async () => {
    const result = await build({
      stdin: {
        contents:
          "import { getFocusAreas, getVision } from '@ljungby/focus-content/sv';\nconsole.log(getFocusAreas(), getVision());",
        resolveDir: packageDir,
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      charset: 'utf8',
      logLevel: 'error',
      // Resolve like a consumer: through node_modules and the exports map to dist/, not
      // through this package's tsconfig paths (which point the typecheck at src/).
      tsconfigRaw: {},
    });
    const bundle = result.outputFiles[0]?.text ?? '';
    // The bundle really holds the Swedish content…
    expect(bundle).toContain(sv.focusAreas[1]?.tagline);
    // …and none of the texts that exist only in English (names and addresses are shared).
    const svStrings = new Set<string>();
    const collect = (value: unknown, into: Set<string>) => {
      if (typeof value === 'string') into.add(value);
      else if (value && typeof value === 'object')
        for (const v of Object.values(value)) collect(v, into);
    };
    collect(sv, svStrings);
    const english = new Set<string>();
    collect(en, english);
    const onlyEnglish = [...english].filter((s) => !svStrings.has(s) && s.length > 12);
    expect(onlyEnglish.length).toBeGreaterThan(50);
    const leaked = onlyEnglish.filter((s) => bundle.includes(JSON.stringify(s).slice(1, -1)));
    expect(leaked).toEqual([]);
  });
});

describe('illustrations', () => {
  it.each(api.focusAreaIds.map((id) => [id]))(
    '%s.svg is titled, token-coloured and matches its shape data',
    (id) => {
      const svg = readFileSync(join(distDir, 'illustrations', `${id}.svg`), 'utf8');
      expect(svg).toMatch(/<title>[^<]{10,}<\/title>/u);
      // Every colour is a kit token with a fallback (or currentColor/none): nothing is pinned.
      const colours = svg.replace(/var\(--lk-color-[a-z-]+,#[0-9a-f]{3,8}\)/giu, '');
      expect(colours).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(/iu);
      expect(svg).not.toMatch(/<(style|script|image|text|use|foreignObject)\b/u);
      const reparsed = processSvg(svg);
      expect(reparsed.problems).toEqual([]);
      expect(getIllustration(id)).toEqual({ viewBox: reparsed.viewBox, shapes: reparsed.shapes });
      expect(illustrations[id].viewBox).toBe('0 0 320 200');
      // The locale data points at the file and describes it in words.
      expect(api.getFocusArea(id, 'sv').illustration.src).toBe(`illustrations/${id}.svg`);
      expect(api.getFocusArea(id, 'en').illustration.alt.length).toBeGreaterThan(10);
    },
  );
});

describe('json/illustrations.json', () => {
  it('holds the same shapes as the JS API, for renderers that fetch data (the embed widget)', () => {
    const json = readJson<typeof illustrations>(join(distDir, 'json', 'illustrations.json'));
    expect(json).toEqual(illustrations);
    expect(Object.keys(json)).toEqual([...api.focusAreaIds]);
  });
});
