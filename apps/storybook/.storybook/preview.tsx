import '@ljungby/design-tokens/css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';

// Every story renders inside the kit's own theming attributes, so that the toolbar's colour
// scheme and focus area reach stories exactly as they reach a partner's page.
const withKitAttributes: Decorator = (Story, context) => {
  const { colorScheme, focusArea } = context.globals as {
    colorScheme?: string;
    focusArea?: string;
  };
  return (
    <div
      className="sb-kit-root"
      data-color-scheme={colorScheme ?? 'light'}
      data-focus-area={focusArea && focusArea !== 'none' ? focusArea : undefined}
    >
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withKitAttributes],
  globalTypes: {
    colorScheme: {
      description: 'Colour scheme (data-color-scheme)',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
    focusArea: {
      description: 'Focus area (data-focus-area)',
      toolbar: {
        title: 'Focus area',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'No focus area' },
          { value: 'unga-vuxna', title: 'Unga vuxna' },
          { value: 'vatten', title: 'Vatten' },
          { value: 'sagobygden', title: 'Sagobygden' },
          { value: 'naringsliv', title: 'Näringsliv' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    // The test run sets this to render every story once per scheme (see vitest.config.ts).
    colorScheme: (import.meta.env.STORYBOOK_TEST_COLOR_SCHEME as string | undefined) ?? 'light',
    focusArea: 'none',
  },
  parameters: {
    layout: 'fullscreen',
    // Zero axe violations is a gate: a story that breaks WCAG fails the test run.
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Start', 'Tokens', ['Introduktion', '*'], '*'] },
    },
  },
};

export default preview;
