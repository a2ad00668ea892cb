// A story that shows one component once per focus area, each with the story's other args.
// Stories only; not part of the package.
import type { FocusArea, FocusAreaId } from '@ljungby/focus-content';
import { focusAreaIds } from '@ljungby/focus-content/ids';
import { Stack, type StackProps } from '@ljungby/ui-components';
import type { ComponentType } from 'react';

/** A `render` for the story: the component for every area, stacked with `gap` between. */
export const everyArea =
  <P extends { area: FocusAreaId | FocusArea }>(
    Component: ComponentType<P>,
    gap: StackProps['gap'],
  ) =>
  (args: P) => (
    <Stack gap={gap}>
      {focusAreaIds.map((id) => (
        <Component key={id} {...args} area={id} />
      ))}
    </Stack>
  );
