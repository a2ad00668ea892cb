// The documented HTML: for each component, the example of scripts/documented-html.ts (a markup
// tree from today's content) and the same example as React props. test/docs.test.ts keeps the
// README in step with the markup and checks that React renders the same DOM.
import { createElement, type ReactElement } from 'react';
import * as ui from '../src/index';
import {
  documentedContent,
  documentedMarkup,
  type DocumentedMarkup,
} from '../scripts/documented-html';

export interface Documented extends DocumentedMarkup {
  react: ReactElement;
}

const c = documentedContent();

/** React's half of each example; the card looks its illustration up itself. */
const react: Record<string, ReactElement> = {
  FocusAreaCard: createElement(ui.FocusAreaCard, { area: c.vatten, href: '/vatten' }),
  FocusAreaGrid: createElement(ui.FocusAreaGrid, {
    areas: c.areas,
    title: c.gridTitle,
    showIllustrations: false,
  }),
  FocusAreaStory: createElement(ui.FocusAreaStory, {
    area: c.vatten,
    length: 'short',
    showIllustration: false,
  }),
  KeyFigure: createElement(ui.KeyFigure, { fact: c.fact }),
  VisionBanner: createElement(ui.VisionBanner, { vision: c.vision }),
  PartnerList: createElement(ui.PartnerList, { area: c.vatten }),
  PartnerLine: createElement(ui.PartnerLine, { partner: c.partner }),
  Attribution: createElement(ui.Attribution, {}),
  KitProvider: createElement(ui.KitProvider, { colorScheme: 'auto', focusArea: 'sagobygden' }, '…'),
  Heading: createElement(ui.Heading, { level: 2, size: 'xl' }, c.gridTitle),
  Text: createElement(ui.Text, { tone: 'subtle', size: 'sm' }, 'Källa: Ljungby kommun'),
  LinkButton: createElement(ui.LinkButton, { href: c.callToAction.url }, c.callToAction.label),
  Stack: createElement(ui.Stack, { gap: 5 }, '…'),
};

export const documented: Documented[] = documentedMarkup().map((d) => {
  const element = react[d.name];
  if (!element) throw new Error(`test/documented.ts: no React example for ${d.name}`);
  return { ...d, react: element };
});
