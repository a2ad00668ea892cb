import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading, Stack } from '@ljungby/ui-components';
import { headingLevels } from '../markup/node';
import '../stories.css';

const meta = {
  title: 'Komponenter/Primitiver/Heading',
  tags: ['autodocs'],
  component: Heading,
  args: { level: 2, children: 'Tillsammans formar vi framtiden' },
} satisfies Meta<typeof Heading>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { name: 'Nivå 2' };
export const Levels: Story = {
  name: 'Alla nivåer',
  render: () => (
    <Stack gap={3}>
      {headingLevels.map((level) => (
        <Heading key={level} level={level}>{`Rubrik på nivå ${level}`}</Heading>
      ))}
    </Stack>
  ),
};
export const SizeApartFromLevel: Story = {
  name: 'Nivå 4 i storlek 2xl',
  args: { level: 4, size: '2xl' },
};
