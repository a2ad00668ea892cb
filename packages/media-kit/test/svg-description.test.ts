// What an SVG file says about itself (its title, description, role and language), checked on
// the string, so that a description lost or left unescaped fails in Node.
import { describe, expect, it } from 'vitest';
import { describeSvg, escapeXml, svgDescriptionParts } from '../src/svg-description.ts';

const d = { title: 'Vatten & <Bolmen>', desc: 'En sjö > en damm.', lang: 'sv' } as const;

describe('an SVG file’s description', () => {
  it('is a title and a description, escaped, with role img and the language', () => {
    expect(escapeXml('a & <b> c')).toBe('a &amp; &lt;b&gt; c');
    expect(svgDescriptionParts(d)).toEqual({
      attributes: 'role="img" lang="sv" xml:lang="sv"',
      elements: '<title>Vatten &amp; &lt;Bolmen&gt;</title><desc>En sjö &gt; en damm.</desc>',
    });
  });

  it('goes on the root element, keeping its attributes, before what it draws', () => {
    expect(
      describeSvg('<svg width="10" height="10"><svg x="1"></svg></svg>', { ...d, lang: 'en' }),
    ).toBe(
      '<svg width="10" height="10" role="img" lang="en" xml:lang="en"><title>Vatten &amp; &lt;Bolmen&gt;</title><desc>En sjö &gt; en damm.</desc><svg x="1"></svg></svg>',
    );
  });
});
