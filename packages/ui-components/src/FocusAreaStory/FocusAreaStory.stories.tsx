import type { Meta, StoryObj } from '@storybook/react-vite';
import { FocusAreaStory } from '@ljungby/ui-components';
import '../stories.css';
import { focusAreaControl, localeControl } from '../stories-support/arg-types';
import { everyArea } from '../stories-support/every-area';

const meta = {
  title: 'Komponenter/FocusAreaStory',
  tags: ['autodocs'],
  component: FocusAreaStory,
  args: { area: 'vatten', locale: 'sv', headingLevel: 2, length: 'long' },
  argTypes: {
    area: focusAreaControl,
    locale: localeControl,
    length: { control: 'inline-radio', options: ['short', 'medium', 'long'] },
  },
} satisfies Meta<typeof FocusAreaStory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Vatten: Story = { name: 'Vatten', args: { area: 'vatten' } };
export const AllAreas: Story = {
  name: 'Alla fokusområden',
  render: everyArea(FocusAreaStory, 8),
};
export const English: Story = { args: { area: 'vatten', locale: 'en' } };
export const Medium: Story = { name: 'Mellanlång', args: { area: 'sagobygden', length: 'medium' } };
export const Short: Story = {
  name: 'Kort, utan illustration',
  args: { area: 'naringsliv', length: 'short', showIllustration: false },
};
