// The documented HTML: for each component, one example as props for React and as a markup tree
// from the same builders, pretty-printed for the README. test/docs.test.ts keeps the README in
// step with this file and checks that React renders the same DOM.
import type { FocusArea, IllustrationData, License, Vision } from '@ljungby/focus-content';
import { createElement, type ReactElement } from 'react';
import * as ui from '../src/index';
import * as m from '../src/markup/index';
import frozen from './fixtures/documented-content.json' with { type: 'json' };

export interface Documented {
  name: string;
  react: ReactElement;
  markup: m.MarkupNode;
}

// Frozen content (scripts/docs-fixture.ts), so that text edits do not change the docs. React gets
// the same objects as props; only the card's illustration is looked up live by the component.
const areas = frozen.areas as unknown as FocusArea[];
const vision = frozen.vision as unknown as Vision;
const license = frozen.license as License;
const vatten = areas.find((a) => a.id === 'vatten');
const fact = vision.facts[0];
if (!vatten || !fact)
  throw new Error('test/fixtures/documented-content.json lacks vatten or a vision fact');

export const documented: Documented[] = [
  {
    name: 'FocusAreaCard',
    react: createElement(ui.FocusAreaCard, { area: vatten, href: '/vatten' }),
    markup: m.focusAreaCard({
      area: vatten,
      illustration: frozen.illustration as unknown as IllustrationData,
      href: '/vatten',
    }),
  },
  {
    name: 'FocusAreaGrid',
    react: createElement(ui.FocusAreaGrid, {
      areas,
      title: 'Fyra fokusområden',
      showIllustrations: false,
    }),
    markup: m.focusAreaGrid({ areas, title: 'Fyra fokusområden' }),
  },
  {
    name: 'FocusAreaStory',
    react: createElement(ui.FocusAreaStory, {
      area: vatten,
      length: 'short',
      showIllustration: false,
    }),
    markup: m.focusAreaStory({ area: vatten, license, length: 'short' }),
  },
  {
    name: 'KeyFigure',
    react: createElement(ui.KeyFigure, { fact }),
    markup: m.keyFigure(fact),
  },
  {
    name: 'VisionBanner',
    react: createElement(ui.VisionBanner, { vision }),
    markup: m.visionBanner({ vision }),
  },
  {
    name: 'PartnerList',
    react: createElement(ui.PartnerList, { area: vatten }),
    markup: m.partnerList({ partners: vatten.partners }),
  },
  {
    name: 'PartnerLine',
    react: createElement(ui.PartnerLine, { partner: 'Sagomuseet/Sagobygden' }),
    markup: m.partnerLine({ line: frozen.partnerLine, partner: 'Sagomuseet/Sagobygden' }),
  },
  {
    name: 'Attribution',
    react: createElement(ui.Attribution, {}),
    markup: m.attribution({ license }),
  },
  {
    name: 'KitProvider',
    react: createElement(ui.KitProvider, { colorScheme: 'auto', focusArea: 'sagobygden' }, '…'),
    markup: m.kitRoot({ colorScheme: 'auto', focusArea: 'sagobygden', children: ['…'] }),
  },
  {
    name: 'Heading',
    react: createElement(ui.Heading, { level: 2, size: 'xl' }, 'Fyra fokusområden'),
    markup: m.heading({ level: 2, size: 'xl', children: ['Fyra fokusområden'] }),
  },
  {
    name: 'Text',
    react: createElement(ui.Text, { tone: 'subtle', size: 'sm' }, 'Källa: Ljungby kommun'),
    markup: m.text({ tone: 'subtle', size: 'sm', children: ['Källa: Ljungby kommun'] }),
  },
  {
    name: 'LinkButton',
    react: createElement(ui.LinkButton, { href: 'https://sagobygden.se/' }, 'Upptäck Sagobygden'),
    markup: m.linkButton({ href: 'https://sagobygden.se/', children: ['Upptäck Sagobygden'] }),
  },
  {
    name: 'Stack',
    react: createElement(ui.Stack, { gap: 5 }, '…'),
    markup: m.stack({ gap: 5, children: ['…'] }),
  },
];

/** HTML for reading: elements whose children are all elements go on their own lines. */
export function pretty(node: m.MarkupNode, indent = ''): string {
  if (
    typeof node === 'string' ||
    !node.children?.length ||
    node.children.some((c) => typeof c === 'string')
  ) {
    return indent + m.toHtml(node);
  }
  const empty = m.toHtml({ ...node, children: [] });
  const open = empty.slice(0, empty.length - `</${node.tag}>`.length);
  const inner = node.children.map((c) => pretty(c, `${indent}  `)).join('\n');
  return `${indent}${open}\n${inner}\n${indent}</${node.tag}>`;
}

/** The README block for one component, between its markers (Prettier keeps its hands off). */
export const block = (d: Documented) =>
  [
    `<!-- html:${d.name} -->`,
    '<!-- prettier-ignore-start -->',
    '```html',
    pretty(d.markup),
    '```',
    '<!-- prettier-ignore-end -->',
    `<!-- /html:${d.name} -->`,
  ].join('\n');
