import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stack, Text } from '@ljungby/ui-components';
import '../stories.css';

const meta = {
  title: 'Komponenter/Primitiver/Text',
  tags: ['autodocs'],
  component: Text,
  args: { children: 'Ljungby kommun samarbetar med föreningar, företag och forskning.' },
} satisfies Meta<typeof Text>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { name: 'Brödtext' };
export const Variants: Story = {
  name: 'Storlekar och toner',
  render: () => (
    <Stack gap={2}>
      <Text size="lg">Stor text</Text>
      <Text>Normal text</Text>
      <Text size="sm" tone="subtle">
        Liten, dämpad text – till exempel en källa
      </Text>
    </Stack>
  ),
};
