import {
  getContent,
  getFocusArea,
  getFocusAreas,
  getIllustration,
  getVision,
} from '@ljungby/focus-content';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { canonicalChildren } from '@ljungby/test-browser/canonical';
import { toReact } from '../react/to-react';
import * as markup from './index';

const areas = getFocusAreas('sv');
const trees: [string, markup.MarkupNode][] = [
  [
    'card',
    markup.focusAreaCard({ area: getFocusArea('vatten'), illustration: getIllustration('vatten') }),
  ],
  [
    'grid',
    markup.focusAreaGrid({
      areas,
      title: 'Fyra',
      illustrations: { vatten: getIllustration('vatten') },
    }),
  ],
  [
    'story',
    markup.focusAreaStory({
      area: getFocusArea('sagobygden', 'en'),
      license: getContent('en').license,
      locale: 'en',
      illustration: getIllustration('sagobygden'),
    }),
  ],
  ['banner', markup.visionBanner({ vision: getVision('sv') })],
];

describe('markup renderers', () => {
  it('toDom builds the same DOM as React, with SVG in the SVG namespace', () => {
    for (const [, tree] of trees) {
      const host = document.createElement('div');
      host.appendChild(markup.toDom(tree, document));
      const viaReact = document.createElement('div');
      viaReact.innerHTML = renderToStaticMarkup(toReact(tree));
      expect(canonicalChildren(host)).toEqual(canonicalChildren(viaReact));
      for (const el of host.querySelectorAll('svg, svg *'))
        expect(el.namespaceURI).toBe('http://www.w3.org/2000/svg');
    }
  });

  it('toDom sets styles through the CSSOM', () => {
    const el = markup.toDom(
      { tag: 'span', style: { '--lk-x': '1', color: 'red' } },
      document,
    ) as HTMLElement;
    expect(el.style.getPropertyValue('--lk-x')).toBe('1');
    expect(el.style.color).toBe('red');
  });

  it('toHtml escapes text and attributes and parses to the same DOM as React', () => {
    const tree = markup.h('p', { title: '"<&>"', hidden: false }, '<script>&</script>');
    expect(markup.toHtml(tree)).toBe(
      '<p title="&quot;&lt;&amp;&gt;&quot;">&lt;script&gt;&amp;&lt;/script&gt;</p>',
    );
    for (const [, t] of trees) {
      const a = document.createElement('div');
      a.innerHTML = markup.toHtml(t);
      const b = document.createElement('div');
      b.innerHTML = renderToStaticMarkup(toReact(t));
      expect(canonicalChildren(a)).toEqual(canonicalChildren(b));
    }
  });

  it('renders only safe link targets from the content tree', () => {
    expect(markup.safeHref('javascript:alert(1)')).toBeUndefined();
    expect(markup.safeHref('https://ljungby.se/')).toBe('https://ljungby.se/');
    const [p] = markup.richText([
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'javascript:x', children: [{ type: 'text', value: 'x' }] },
        ],
      },
    ]);
    expect(markup.toHtml(p ?? '')).toBe('<p><span>x</span></p>');
  });

  it('clamps heading levels', () => {
    expect(markup.level(9)).toBe(6);
    expect(markup.level(0)).toBe(1);
  });
});
