import type { Meta, StoryObj } from '@storybook/react-vite';
import { FocusAreaStory } from '@ljungby/ui-components';
import '../stories.css';

const meta = {
  title: 'Komponenter/FocusAreaStory',
  tags: ['autodocs'],
  component: FocusAreaStory,
  args: { area: 'vatten', locale: 'sv', headingLevel: 2, length: 'long' },
  argTypes: {
    area: { control: 'select', options: ['unga-vuxna', 'vatten', 'sagobygden', 'naringsliv'] },
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
    length: { control: 'inline-radio', options: ['short', 'medium', 'long'] },
  },
} satisfies Meta<typeof FocusAreaStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const UngaVuxna: Story = { name: 'Unga vuxna', args: { area: 'unga-vuxna' } };
export const Vatten: Story = { name: 'Vatten', args: { area: 'vatten' } };
export const Sagobygden: Story = { name: 'Sagobygden', args: { area: 'sagobygden' } };
export const Naringsliv: Story = { name: 'Näringsliv', args: { area: 'naringsliv' } };
export const English: Story = { args: { area: 'unga-vuxna', locale: 'en' } };
export const Medium: Story = { name: 'Mellanlång', args: { area: 'sagobygden', length: 'medium' } };
export const Short: Story = {
  name: 'Kort, utan illustration',
  args: { area: 'naringsliv', length: 'short', showIllustration: false },
};
