import { getFocusArea, type Block } from '@ljungby/focus-content';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RichText } from './RichText';

afterEach(cleanup);

const blocks: Block[] = [
  { type: 'heading', level: 3, children: [{ type: 'text', value: 'Rubrik' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'Se ' },
      { type: 'strong', children: [{ type: 'text', value: 'fet' }] },
      { type: 'emphasis', children: [{ type: 'text', value: 'kursiv' }] },
      {
        type: 'link',
        href: 'https://www.ljungby.se/',
        children: [{ type: 'text', value: 'länk' }],
      },
      { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', value: 'farlig' }] },
    ],
  },
  { type: 'heading', level: 4, children: [{ type: 'text', value: 'Under' }] },
  {
    type: 'list',
    ordered: true,
    items: [[{ type: 'text', value: 'ett' }], [{ type: 'text', value: 'två' }]],
  },
];

describe('RichText', () => {
  it('renders paragraphs, inline marks, safe links and lists without a wrapper', () => {
    const { container } = render(<RichText blocks={blocks} />);
    expect(container.innerHTML).toBe(
      '<h3>Rubrik</h3><p>Se <strong>fet</strong><em>kursiv</em><a href="https://www.ljungby.se/">länk</a><span>farlig</span></p><h4>Under</h4><ol><li>ett</li><li>två</li></ol>',
    );
  });

  it('puts the text headings below the given heading level', () => {
    render(<RichText blocks={blocks} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('Rubrik');
    expect(screen.getByRole('heading', { level: 5 }).textContent).toBe('Under');
  });

  it('renders a long text of the content with every paragraph', () => {
    const area = getFocusArea('vatten', 'sv');
    const { container } = render(<RichText blocks={area.long} />);
    expect(container.children.length).toBe(area.long.length);
  });

  it('rejects a missing block list and a bad heading level with a message naming the prop', () => {
    expect(() => render(<RichText blocks={'text' as unknown as Block[]} />)).toThrow(
      /<RichText>: invalid blocks "text"; expected the block list/,
    );
    expect(() => render(<RichText blocks={blocks} headingLevel={8 as 2} />)).toThrow(
      /<RichText>: invalid headingLevel 8/,
    );
  });
});
