// The docs' Tailwind v4 examples (```css test=tailwind and the markup beside them), built with the
// Tailwind CLI from the installed tarballs and looked at in Chromium: the stated layer order must
// let a utility beat the kit's styles without preflight changing them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { where } from './docs/examples.ts';
import { bin, dir, exec, ofKind } from './docs/examples-project.ts';
import { launch, serveFolder } from './support.ts';

// The whole install is served, so that a page can link the installed stylesheet in node_modules.
let site: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  site = await serveFolder(dir);
});
afterAll(async () => {
  await site.close();
});

describe('every code example in the docs', () => {
  it('tailwind: the stated layer order lets utilities win and keeps the kit’s own styles', async () => {
    const blocks = ofKind('tailwind');
    const stylesheets = blocks.filter((e) => e.lang === 'css');
    expect(stylesheets.length).toBeGreaterThan(0);
    const usedClasses = blocks
      .filter((e) => e.lang === 'html')
      .map((e) => e.code)
      .join('\n');
    // A card as the builders make it, with a Tailwind utility that must beat the card's radius.
    const card = exec(process.execPath, [
      '--input-type=module',
      '-e',
      `import { getFocusArea } from '@ljungby/focus-content/sv';
import { focusAreaCard, toHtml } from '@ljungby/ui-components/markup';
process.stdout.write(toHtml(focusAreaCard({ area: getFocusArea('vatten'), locale: 'sv', href: '/vatten' })));`,
    ]).out.replace('class="lk-focus-area-card"', 'class="lk-focus-area-card rounded-none"');
    expect(card).toContain('rounded-none');
    const page = (name: string, css: string) => {
      writeFileSync(
        join(dir, 'tw', `${name}.html`),
        `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title><link rel="stylesheet" href="${css}"></head><body>${card}${usedClasses}</body></html>`,
      );
      return `${site.base}tw/${name}.html`;
    };
    mkdirSync(join(dir, 'tw'), { recursive: true });
    // The sources Tailwind scans: the pages themselves.
    page('control', '../node_modules/@ljungby/ui-components/dist/styles.css');
    const build = (name: string, source: string) => {
      writeFileSync(join(dir, 'tw', `${name}.in.css`), source);
      const r = exec(
        bin('tailwindcss'),
        ['-i', `${name}.in.css`, '-o', `${name}.css`],
        join(dir, 'tw'),
      );
      expect(r.ok, `${name}\n${r.err}`).toBe(true);
      return page(name, `${name}.css`);
    };
    const browser = await launch();
    try {
      const look = async (url: string) => {
        const p = await browser.newPage();
        await p.goto(url);
        const result = await p.evaluate(() => {
          const style = (selector: string) => {
            const el = document.querySelector(selector);
            return el ? getComputedStyle(el) : undefined;
          };
          return {
            radius: style('.lk-focus-area-card')?.borderTopLeftRadius,
            titleSize: style('.lk-focus-area-card__title')?.fontSize,
            linkColor: style('.lk-focus-area-card__link')?.color,
          };
        });
        await p.close();
        return result;
      };
      const control = await look(`${site.base}tw/control.html`);
      expect(control.radius).not.toBe('0px');
      for (const [i, e] of stylesheets.entries()) {
        const url = build(`block-${String(i)}`, e.code);
        const css = readFileSync(join(dir, 'tw', `block-${String(i)}.css`), 'utf8');
        if (e.code.includes('@ljungby/design-tokens/tailwind'))
          for (const c of usedClasses.match(/\b(?:bg|text|p|rounded)-lk-[\w-]+/gu) ?? [])
            expect(css, `${where(e)}: Tailwind made no .${c}`).toContain(`.${c}`);
        if (!e.code.includes('@ljungby/ui-components')) continue;
        const seen = await look(url);
        expect(seen.radius, `${where(e)}: rounded-none loses to the card`).toBe('0px');
        expect(seen.titleSize, `${where(e)}: preflight changed the title size`).toBe(
          control.titleSize,
        );
        expect(seen.linkColor, `${where(e)}: preflight changed the link colour`).toBe(
          control.linkColor,
        );
        // Without the layer statement the kit's layers come last and beat the utilities: the
        // statement is what the README must say.
        const without = await look(
          build(`block-${String(i)}-without`, e.code.replace(/^@layer [^;]+;\n/mu, '')),
        );
        expect(without.radius, 'without the @layer line rounded-none should lose').not.toBe('0px');
      }
    } finally {
      await browser.close();
    }
  });
});
