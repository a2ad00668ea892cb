import type { Meta, StoryObj } from '@storybook/react-vite';
import { getFocusArea } from '@ljungby/focus-content';
import { RichText } from '@ljungby/ui-components';
import '../stories.css';

const meta = {
  title: 'Komponenter/Primitiver/RichText',
  tags: ['autodocs'],
  component: RichText,
  args: { blocks: getFocusArea('vatten', 'sv').long, headingLevel: 2 },
  // The blocks come from the content package. Storybook's editor for an object control draws
  // list items outside a list (axe: listitem, WCAG 1.3.1), so the props table only describes it.
  argTypes: { blocks: { control: false } },
} satisfies Meta<typeof RichText>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { name: 'Vatten, lång text' };
export const English: Story = {
  name: 'English',
  args: { blocks: getFocusArea('sagobygden', 'en').long },
};
