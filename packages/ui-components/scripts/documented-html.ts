// The documented HTML of every component, rendered from today's content by the same builders the
// components use: the README's blocks (`<!-- html:Name -->`) and the plain-HTML example's. No
// frozen copy: when a text changes, the word check (npm run check:words) and test/docs.test.ts
// fail until `npm run refresh:copies` (or `npm run docs` here) has written today's render.
// Usage: node scripts/documented-html.ts --write
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  getCollaboration,
  getContent,
  getFocusArea,
  getFocusAreas,
  getIllustration,
  getVision,
} from '@ljungby/focus-content';
import * as m from '@ljungby/ui-components/markup';
import { format, resolveConfig } from 'prettier';

export interface DocumentedMarkup {
  name: string;
  markup: m.MarkupNode;
}

/** The Swedish content the examples show, read today. */
export function documentedContent() {
  const areas = getFocusAreas('sv');
  const vatten = getFocusArea('vatten', 'sv');
  const sagobygden = getFocusArea('sagobygden', 'sv');
  const fact = getVision('sv').facts[0];
  const partner = vatten.partners.at(-1);
  if (!fact || !partner || !sagobygden.callToAction) {
    throw new Error('documented-html: the content lacks a vision fact, a partner or a link');
  }
  return {
    areas,
    vatten,
    vision: getVision('sv'),
    fact,
    partner: partner.name,
    partnerLine: getCollaboration('sv').partnerLine,
    license: getContent('sv').license,
    illustration: getIllustration('vatten'),
    callToAction: sagobygden.callToAction,
    gridTitle: 'Fyra fokusområden',
  };
}

/** One example per component, as markup trees (test/documented.ts pairs each with React). */
export function documentedMarkup(): DocumentedMarkup[] {
  const c = documentedContent();
  return [
    {
      name: 'FocusAreaCard',
      markup: m.focusAreaCard({ area: c.vatten, illustration: c.illustration, href: '/vatten' }),
    },
    { name: 'FocusAreaGrid', markup: m.focusAreaGrid({ areas: c.areas, title: c.gridTitle }) },
    {
      name: 'FocusAreaStory',
      markup: m.focusAreaStory({ area: c.vatten, license: c.license, length: 'short' }),
    },
    { name: 'KeyFigure', markup: m.keyFigure(c.fact) },
    { name: 'VisionBanner', markup: m.visionBanner({ vision: c.vision }) },
    { name: 'PartnerList', markup: m.partnerList({ partners: c.vatten.partners }) },
    { name: 'PartnerLine', markup: m.partnerLine({ line: c.partnerLine, partner: c.partner }) },
    { name: 'Attribution', markup: m.attribution({ license: c.license }) },
    {
      name: 'KitProvider',
      markup: m.kitRoot({ colorScheme: 'auto', focusArea: 'sagobygden', children: ['…'] }),
    },
    { name: 'Heading', markup: m.heading({ level: 2, size: 'xl', children: [c.gridTitle] }) },
    {
      name: 'Text',
      markup: m.text({ tone: 'subtle', size: 'sm', children: ['Källa: Ljungby kommun'] }),
    },
    {
      name: 'LinkButton',
      markup: m.linkButton({ href: c.callToAction.url, children: [c.callToAction.label] }),
    },
    { name: 'Stack', markup: m.stack({ gap: 5, children: ['…'] }) },
  ];
}

/** HTML for reading: elements whose children are all elements go on their own lines. */
export function pretty(node: m.MarkupNode, indent = ''): string {
  if (
    typeof node === 'string' ||
    !node.children?.length ||
    node.children.some((child) => typeof child === 'string')
  ) {
    return indent + m.toHtml(node);
  }
  const empty = m.toHtml({ ...node, children: [] });
  const open = empty.slice(0, empty.length - `</${node.tag}>`.length);
  const inner = node.children.map((child) => pretty(child, `${indent}  `)).join('\n');
  return `${indent}${open}\n${inner}\n${indent}</${node.tag}>`;
}

const markers = (name: string) =>
  new RegExp(`<!-- html:${name} -->[\\s\\S]*?<!-- /html:${name} -->`, 'gu');

/** The README block for one component, between its markers (Prettier keeps its hands off). */
export const readmeBlock = (d: DocumentedMarkup): string =>
  [
    `<!-- html:${d.name} -->`,
    '<!-- prettier-ignore-start -->',
    '```html',
    pretty(d.markup),
    '```',
    '<!-- prettier-ignore-end -->',
    `<!-- /html:${d.name} -->`,
  ].join('\n');

/** The README with every component's block as today's content renders it. */
export function renderReadme(readme: string): string {
  let text = readme;
  for (const d of documentedMarkup()) text = text.replace(markers(d.name), () => readmeBlock(d));
  return text;
}

/**
 * An HTML page (the plain-HTML example) with each `<!-- html:Name -->` block as today's content
 * renders it, formatted as Prettier formats the file.
 */
export async function renderHtmlPage(html: string, filepath: string): Promise<string> {
  let text = html;
  for (const d of documentedMarkup()) {
    text = text.replace(
      markers(d.name),
      () => `<!-- html:${d.name} -->\n${pretty(d.markup)}\n<!-- /html:${d.name} -->`,
    );
  }
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}

export const readmePath = join(import.meta.dirname, '..', 'README.md');

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--write')) {
  writeFileSync(readmePath, renderReadme(readFileSync(readmePath, 'utf8')));
  console.log('documented-html: wrote README.md');
}
