import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stack, Text } from '@ljungby/ui-components';
import '../stories.css';

const meta = {
  title: 'Komponenter/Primitiver/Stack',
  tags: ['autodocs'],
  component: Stack,
  args: { gap: 4, direction: 'column' },
  render: (args) => (
    <Stack {...args}>
      <Text>Ett</Text>
      <Text>Två</Text>
      <Text>Tre</Text>
    </Stack>
  ),
} satisfies Meta<typeof Stack>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Column: Story = { name: 'Kolumn' };
export const Row: Story = { name: 'Rad', args: { direction: 'row', gap: 6 } };
