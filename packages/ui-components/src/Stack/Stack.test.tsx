import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Stack } from './Stack';

afterEach(cleanup);

describe('Stack', () => {
  it('sets gap and direction as data attributes', () => {
    const { container } = render(
      <Stack as="ul" gap={6} direction="row">
        <li>a</li>
      </Stack>,
    );
    expect(container.innerHTML).toBe(
      '<ul class="lk-stack" data-gap="6" data-direction="row"><li>a</li></ul>',
    );
  });

  it('rejects a gap outside the space scale', () => {
    expect(() => render(<Stack gap={9 as 8} />)).toThrow(
      '<Stack>: invalid gap 9; expected one of 0, 1, 2, 3, 4, 5, 6, 7, 8',
    );
  });
});
