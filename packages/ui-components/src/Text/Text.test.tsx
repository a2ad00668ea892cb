import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Text } from './Text';

afterEach(cleanup);

describe('Text', () => {
  it('renders a paragraph by default and other elements on request', () => {
    const { container } = render(
      <>
        <Text>Brödtext</Text>
        <Text as="span" size="sm" tone="subtle">
          Källa
        </Text>
      </>,
    );
    const [p, span] = [...container.children];
    expect(p?.outerHTML).toBe('<p class="lk-text">Brödtext</p>');
    expect(span?.outerHTML).toBe(
      '<span class="lk-text" data-size="sm" data-tone="subtle">Källa</span>',
    );
  });

  it('rejects an unknown tone', () => {
    expect(() => render(<Text tone={'loud' as 'subtle'}>x</Text>)).toThrow(
      /<Text>: invalid tone "loud"/,
    );
  });
});
