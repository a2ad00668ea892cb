import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import '../shared/pages.css';
import './builder.css';
import { SnippetBuilder } from './SnippetBuilder';

// The static dirs (embed/, content/) sit next to iframe.html in the built site; the test run
// serves them from the server root instead (see vitest.config.ts).
const assetBase = (import.meta.env.STORYBOOK_ASSET_BASE as string | undefined) ?? './';

const meta = {
  title: 'Bädda in',
  id: 'badda-in',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
  args: { locale: 'sv' as 'sv' | 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
  render: (args, { globals }) => {
    const { colorScheme, focusArea } = globals as { colorScheme?: string; focusArea?: string };
    const initial = {
      ...(colorScheme === 'dark' || colorScheme === 'auto' ? { colorScheme } : {}),
      ...(focusArea && focusArea !== 'none' ? { area: focusArea } : {}),
    } as const;
    // The key restarts the builder when the toolbar changes, so the toolbar sets its choices.
    return (
      <SnippetBuilder
        key={`${args.locale}-${colorScheme}-${focusArea}`}
        locale={args.locale}
        initial={initial as never}
        assetBase={assetBase}
      />
    );
  },
  // Wait for the real widget to render from the site's own files, so that axe checks it too
  // and a broken static dir or a broken embed.js fails the run.
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('[data-testid="embed-preview"]');
    host?.scrollIntoView();
    await waitFor(
      async () => {
        const widget = host?.querySelector('ljungby-story');
        await expect(widget?.shadowRoot?.querySelector('[class^="lk-"]')).toBeTruthy();
      },
      { timeout: 8000 },
    );
  },
} satisfies Meta<{ locale: 'sv' | 'en' }>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Builder: Story = { name: 'Byggaren (svenska)' };
export const BuilderEnglish: Story = {
  name: 'Snippet builder (English)',
  args: { locale: 'en' },
};
