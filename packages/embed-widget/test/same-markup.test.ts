// One contract: the widget must render exactly what the React components render for the same
// options, so that the stylesheet, the docs and the tests describe one thing.
import { getFocusAreas } from '@ljungby/focus-content';
import {
  FocusAreaCard,
  FocusAreaGrid,
  FocusAreaStory,
  KitProvider,
  Stack,
} from '@ljungby/ui-components';
import { createElement as e, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Area, ColorScheme, SectionHeadingLevel, Locale, Layout } from '../dist/index.js';
import { startHarness, type Harness } from './support/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

interface Case {
  area: Area;
  layout: Layout;
  locale: Locale;
  colorScheme: ColorScheme;
  headingLevel: SectionHeadingLevel;
}

function react(c: Case): ReactElement {
  const { locale } = c;
  let body: ReactElement;
  if (c.layout === 'story') {
    const ids = c.area === 'all' ? getFocusAreas(locale).map((a) => a.id) : [c.area];
    body = e(
      Stack,
      { gap: 7 },
      ...ids.map((id) =>
        e(FocusAreaStory, { key: id, area: id, locale, headingLevel: c.headingLevel }),
      ),
    );
  } else if (c.area === 'all') {
    body = e(FocusAreaGrid, { locale, headingLevel: c.headingLevel });
  } else {
    body = e(FocusAreaCard, { area: c.area, locale, headingLevel: c.headingLevel });
  }
  return e(KitProvider, { locale, colorScheme: c.colorScheme }, body);
}

const cases: Case[] = [
  { area: 'all', layout: 'card', locale: 'sv', colorScheme: 'light', headingLevel: 2 },
  { area: 'vatten', layout: 'card', locale: 'en', colorScheme: 'dark', headingLevel: 4 },
  { area: 'sagobygden', layout: 'story', locale: 'sv', colorScheme: 'auto', headingLevel: 2 },
  { area: 'all', layout: 'story', locale: 'en', colorScheme: 'light', headingLevel: 3 },
];

describe('the widget renders the same markup as the React components', () => {
  for (const c of cases) {
    it(`${c.area}, ${c.layout}, ${c.locale}, ${c.colorScheme}, h${c.headingLevel}`, async () => {
      const attributes = `area="${c.area}" layout="${c.layout}" lang="${c.locale}" color-scheme="${c.colorScheme}" heading-level="${c.headingLevel}"`;
      const o = await h.open(
        `<ljungby-story ${attributes} content-base="${h.contentBase}"></ljungby-story><script src="${h.widgetBase}/dist/embed.js"></script>`,
      );
      await o.page.waitForFunction(() =>
        document.querySelector('ljungby-story')?.shadowRoot?.querySelector('.lk-root'),
      );
      // Both sides are parsed by the same browser and serialised canonically (attributes
      // sorted, styles as the CSSOM reads them), so only real differences in the markup remain.
      const [widget, fromReact] = await o.page.evaluate(
        (html) => {
          const canonical = (node: Node): string => {
            if (node instanceof Text) return node.data;
            if (!(node instanceof Element)) return '';
            const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
            const attrs = [...node.attributes]
              .map((a) =>
                a.name === 'style' && style
                  ? `style=${[...style]
                      .sort()
                      .map((p) => `${p}:${style.getPropertyValue(p)}`)
                      .join(';')}`
                  : `${a.name}=${a.value}`,
              )
              .sort();
            return `<${node.localName} ${attrs.join(' ')}>${[...node.childNodes].map(canonical).join('')}</${node.localName}>`;
          };
          const template = document.createElement('template');
          template.innerHTML = html;
          const root = document
            .querySelector('ljungby-story')
            ?.shadowRoot?.querySelector('.lk-root');
          return [
            root ? canonical(root) : '',
            template.content.firstChild ? canonical(template.content.firstChild) : '',
          ];
        },
        renderToStaticMarkup(react(c)),
      );
      expect(widget.length).toBeGreaterThan(500);
      expect(widget).toBe(fromReact);
      await o.close();
    });
  }
});
