import type { Meta, StoryObj } from '@storybook/react-vite';
import { focusAreaIds, locales } from '@ljungby/focus-content/ids';
import { FocusAreaStory, Stack } from '@ljungby/ui-components';
import '../stories.css';

const meta = {
  title: 'Komponenter/FocusAreaStory',
  tags: ['autodocs'],
  component: FocusAreaStory,
  args: { area: 'vatten', locale: 'sv', headingLevel: 2, length: 'long' },
  argTypes: {
    area: { control: 'select', options: focusAreaIds },
    locale: { control: 'inline-radio', options: locales },
    length: { control: 'inline-radio', options: ['short', 'medium', 'long'] },
  },
} satisfies Meta<typeof FocusAreaStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Vatten: Story = { name: 'Vatten', args: { area: 'vatten' } };
export const AllAreas: Story = {
  name: 'Alla fokusområden',
  render: (args) => (
    <Stack gap={8}>
      {focusAreaIds.map((id) => (
        <FocusAreaStory key={id} {...args} area={id} />
      ))}
    </Stack>
  ),
};
export const English: Story = { args: { area: 'vatten', locale: 'en' } };
export const Medium: Story = { name: 'Mellanlång', args: { area: 'sagobygden', length: 'medium' } };
export const Short: Story = {
  name: 'Kort, utan illustration',
  args: { area: 'naringsliv', length: 'short', showIllustration: false },
};
